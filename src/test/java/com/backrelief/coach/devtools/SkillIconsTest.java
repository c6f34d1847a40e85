package com.backrelief.coach.devtools;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The icons in the skill package are the sizes Alexa asks for, opaque, and what SkillIcons draws today. */
class SkillIconsTest {

    @ParameterizedTest
    @CsvSource({"small-icon.png, 108", "large-icon.png, 512"})
    void theCommittedIconIsTheSizeAlexaAsksForAndTheOneTheProjectDraws(String file, int size) throws IOException {
        BufferedImage committed = ImageIO.read(SkillPackage.ICONS.resolve(file).toFile());

        assertThat(committed).as(file + " is a PNG").isNotNull();
        assertThat(committed.getWidth()).isEqualTo(size);
        assertThat(committed.getHeight()).isEqualTo(size);
        assertThat(committed.getColorModel().hasAlpha()).as("opaque").isFalse();
        assertThat(meanDifference(committed, SkillIcons.draw(size)))
                .as("drawn again, it matches: after changing SkillIcons, run it and commit the icons").isLessThan(1.0);
    }

    /** The mean absolute difference per colour channel, 0 to 255 (anti-aliasing may differ a little between JDKs). */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long total = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    total += Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF));
                }
            }
        }
        return total / (3.0 * a.getWidth() * a.getHeight());
    }
}
