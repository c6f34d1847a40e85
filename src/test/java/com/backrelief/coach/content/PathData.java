package com.backrelief.coach.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SVG path data, the grammar AVG's {@code pathData} shares: read into commands, each with the right count of
 * numbers, and into the absolute points the path passes through or bends towards, for checks on the drawings.
 */
final class PathData {

    /** How many numbers one use of each command takes (a command may repeat: {@code L1 2 3 4}). */
    private static final Map<Character, Integer> ARITY = Map.of(
            'M', 2, 'L', 2, 'H', 1, 'V', 1, 'C', 6, 'S', 4, 'Q', 4, 'T', 2, 'A', 7, 'Z', 0);
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

    /** One command letter as written (upper case absolute, lower case relative) with its numbers. */
    record Command(char letter, List<Double> numbers) {

        boolean relative() {
            return Character.isLowerCase(letter);
        }

        char kind() {
            return Character.toUpperCase(letter);
        }
    }

    /** An absolute point: the end of a segment, a curve's control point, or the edge of an arc's reach. */
    record Point(double x, double y) {
    }

    private PathData() {
    }

    /** The commands of {@code d}; rejects unknown letters, stray characters and wrong counts of numbers. */
    static List<Command> parse(String d) {
        List<Command> commands = new ArrayList<>();
        int i = 0;
        while (i < d.length()) {
            char c = d.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (Character.isLetter(c)) {
                if (!ARITY.containsKey(Character.toUpperCase(c))) {
                    throw new IllegalArgumentException("unknown command '" + c + "' at " + i + " in: " + d);
                }
                if (commands.isEmpty() && Character.toUpperCase(c) != 'M') {
                    throw new IllegalArgumentException("path data must start with a move (M or m): " + d);
                }
                commands.add(new Command(c, new ArrayList<>()));
                i++;
            } else {
                Matcher m = NUMBER.matcher(d).region(i, d.length());
                if (!m.lookingAt()) {
                    throw new IllegalArgumentException("unexpected '" + c + "' at " + i + " in: " + d);
                }
                if (commands.isEmpty()) {
                    throw new IllegalArgumentException("a number before any command in: " + d);
                }
                commands.get(commands.size() - 1).numbers().add(Double.parseDouble(m.group()));
                i = m.end();
            }
        }
        if (commands.isEmpty()) {
            throw new IllegalArgumentException("empty path data");
        }
        for (Command command : commands) {
            check(command, d);
        }
        return commands;
    }

    private static void check(Command command, String d) {
        int arity = ARITY.get(command.kind());
        int count = command.numbers().size();
        boolean fits = arity == 0 ? count == 0 : count > 0 && count % arity == 0;
        if (!fits) {
            throw new IllegalArgumentException(command.letter() + " takes " + (arity == 0 ? "no numbers"
                    : "numbers in groups of " + arity) + ", not " + count + ", in: " + d);
        }
        if (command.kind() == 'A') {
            for (int group = 0; group < count; group += arity) {
                for (int flag = 3; flag <= 4; flag++) {
                    double value = command.numbers().get(group + flag);
                    if (value != 0 && value != 1) {
                        throw new IllegalArgumentException("an arc's flags are 0 or 1, not " + value + ", in: " + d);
                    }
                }
            }
        }
    }

    /**
     * Every absolute point of {@code d}, relative commands resolved from the current point. An arc adds the
     * corners of the square it cannot leave (around its start, as wide as its circle), so a check on the points
     * also holds for the curve between them.
     */
    static List<Point> points(String d) {
        List<Point> points = new ArrayList<>();
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        for (Command command : parse(d)) {
            List<Double> n = command.numbers();
            int arity = ARITY.get(command.kind());
            if (arity == 0) {
                x = startX;
                y = startY;
                continue;
            }
            for (int g = 0; g < n.size(); g += arity) {
                double ox = command.relative() ? x : 0;
                double oy = command.relative() ? y : 0;
                switch (command.kind()) {
                    case 'H' -> x = ox + n.get(g);
                    case 'V' -> y = oy + n.get(g);
                    case 'A' -> {
                        double endX = ox + n.get(g + 5);
                        double endY = oy + n.get(g + 6);
                        double reach = 2 * Math.max(Math.max(Math.abs(n.get(g)), Math.abs(n.get(g + 1))),
                                Math.hypot(endX - x, endY - y) / 2);
                        points.add(new Point(x - reach, y - reach));
                        points.add(new Point(x + reach, y + reach));
                        x = endX;
                        y = endY;
                    }
                    default -> {
                        for (int p = g; p < g + arity; p += 2) {
                            points.add(new Point(ox + n.get(p), oy + n.get(p + 1)));
                        }
                        x = ox + n.get(g + arity - 2);
                        y = oy + n.get(g + arity - 1);
                    }
                }
                if (command.kind() == 'H' || command.kind() == 'V') {
                    points.add(new Point(x, y));
                }
                if (command.kind() == 'M' && g == 0) {
                    startX = x;
                    startY = y;
                }
            }
        }
        return points;
    }
}
