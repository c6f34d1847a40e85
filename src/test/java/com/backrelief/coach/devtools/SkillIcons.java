package com.backrelief.coach.devtools;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws the skill's icons, the small (108 x 108) and the large (512 x 512) the Alexa app shows: a back's vertebrae
 * in a gentle curve on a calm blue, between a warm and a cool arc (heat and ice). Run it to draw them again into
 * {@code interaction-model/icons/}; {@code SkillPackage} puts them in the skill package.
 */
public final class SkillIcons {

    static final int SMALL = 108;
    static final int LARGE = 512;

    private SkillIcons() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(SkillPackage.ICONS);
        write(draw(SMALL), SkillPackage.ICONS.resolve(SkillPackage.SMALL_ICON));
        write(draw(LARGE), SkillPackage.ICONS.resolve(SkillPackage.LARGE_ICON));
        System.out.println("wrote " + SkillPackage.ICONS.resolve(SkillPackage.SMALL_ICON) + " and "
                + SkillPackage.ICONS.resolve(SkillPackage.LARGE_ICON));
    }

    /** The icon at {@code size} pixels square, drawn on a 512-unit canvas scaled to it. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(size / 512.0, size / 512.0);
            g.setPaint(new GradientPaint(0, 0, new Color(0x1F, 0x5F, 0x8B), 512, 512, new Color(0x12, 0x3A, 0x5C)));
            g.fillRect(0, 0, 512, 512);
            g.setStroke(new BasicStroke(26, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0xF2, 0x8C, 0x38));
            g.draw(new Arc2D.Double(96, 96, 320, 320, 110, 140, Arc2D.OPEN));
            g.setColor(new Color(0x8F, 0xD3, 0xF5));
            g.draw(new Arc2D.Double(96, 96, 320, 320, -70, 140, Arc2D.OPEN));
            vertebrae(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Seven vertebrae down a gentle S-curve, each a rounded block turned with the curve, with a disc between. */
    private static void vertebrae(Graphics2D g) {
        int count = 7;
        for (int i = 0; i < count; i++) {
            double t = i / (double) (count - 1);
            double y = 150 + t * 212;
            double x = 256 + 16 * Math.sin(t * 2 * Math.PI);
            double slope = 16 * 2 * Math.PI * Math.cos(t * 2 * Math.PI) / 212;
            double width = 78 + 18 * t;
            AffineTransform saved = g.getTransform();
            g.rotate(-Math.atan(slope) * 0.3, x, y);
            g.setColor(Color.WHITE);
            g.fill(new RoundRectangle2D.Double(x - width / 2, y - 13, width, 26, 18, 18));
            g.setTransform(saved);
            if (i < count - 1) {
                double next = 150 + (i + 1) / (double) (count - 1) * 212;
                g.setColor(new Color(0xCF, 0xE6, 0xF2));
                g.fill(new Ellipse2D.Double(x - 14, (y + next) / 2 - 5, 28, 10));
            }
        }
    }

    private static void write(BufferedImage image, Path file) {
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
