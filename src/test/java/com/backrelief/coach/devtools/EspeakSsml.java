package com.backrelief.coach.devtools;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the SSML a skill sends Alexa into SSML that espeak-ng ({@code -m}) speaks with the same pauses.
 * Alexa ignores a break over ten seconds, so the skill chains breaks; espeak-ng honours only one of
 * adjacent breaks, so each run of breaks becomes one break as long as their sum. Tags espeak-ng does
 * not know (Alexa's own, {@code lang}, {@code phoneme}...) are dropped with their text kept;
 * {@code audio} is dropped whole and {@code sub} is replaced by its alias, which is what is said.
 */
final class EspeakSsml {

    private static final Pattern BREAK_RUN = Pattern.compile("(?:<break\\b[^>]*/>\\s*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK = Pattern.compile("<break\\b[^>]*/>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME =
            Pattern.compile("time\\s*=\\s*[\"']\\s*([0-9]*\\.?[0-9]+)\\s*(ms|s)\\s*[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUDIO =
            Pattern.compile("<audio\\b[^>]*/>|<audio\\b[^>]*>.*?</audio\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SUB =
            Pattern.compile("<sub\\b[^>]*\\balias\\s*=\\s*(\"[^\"]*\"|'[^']*')[^>]*>.*?</sub\\s*>",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?\\s*([A-Za-z][\\w:.-]*)[^>]*>");
    private static final Set<String> KEPT = Set.of("p", "s", "break", "emphasis", "prosody");

    private EspeakSsml() {
    }

    /** The speech as one {@code <speak>} document espeak-ng reads with {@code -m}. */
    static String from(String alexaSsml) {
        String text = AUDIO.matcher(alexaSsml).replaceAll(" ");
        text = replace(SUB.matcher(text), m -> unquote(m.group(1)));
        text = replace(TAG.matcher(text), m -> KEPT.contains(m.group(1).toLowerCase(Locale.ROOT)) ? m.group() : " ");
        text = replace(BREAK_RUN.matcher(text), m -> mergedBreak(m.group()) + " ");
        return "<speak>" + text.replaceAll("\\s+", " ").strip() + "</speak>";
    }

    /** The total pause the SSML asks for, in milliseconds (breaks without a time count as none). */
    static long pauseMillis(String ssml) {
        long total = 0;
        Matcher breaks = BREAK.matcher(ssml);
        while (breaks.find()) {
            total += millis(breaks.group());
        }
        return total;
    }

    private static String mergedBreak(String run) {
        long total = pauseMillis(run);
        if (total == 0) {
            Matcher first = BREAK.matcher(run);
            return first.find() ? first.group() : "";
        }
        return "<break time=\"" + total + "ms\"/>";
    }

    private static long millis(String breakTag) {
        Matcher time = TIME.matcher(breakTag);
        if (!time.find()) {
            return 0;
        }
        BigDecimal amount = new BigDecimal(time.group(1));
        return (time.group(2).equalsIgnoreCase("s") ? amount.movePointRight(3) : amount).longValue();
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String replace(Matcher matcher, java.util.function.Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
