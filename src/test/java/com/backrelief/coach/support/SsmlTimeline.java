package com.backrelief.coach.support;

import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer's SSML read as a listener hears it: words, silences and sounds, in order. It measures
 * what Alexa's limits and the coaching's promises are about: sounds per answer, the longest single
 * break, the longest silence without a word or a sound, and whether every long silence sits inside
 * a hold marked by its start and end sounds.
 */
public final class SsmlTimeline {

    private static final Pattern TOKEN = Pattern.compile(
            "<break time=\"(\\d+)ms\"/>|<audio src=\"([^\"]*)\"/>|<[^>]+>|([^<]+)");

    /** One moment: a silence in milliseconds, a sound's address, or words. */
    public record Moment(long breakMillis, String sound, String words) {
    }

    private final String ssml;
    private final List<Moment> moments = new ArrayList<>();

    private SsmlTimeline(String ssml) {
        this.ssml = ssml;
        Matcher m = TOKEN.matcher(ssml);
        while (m.find()) {
            if (m.group(1) != null) {
                moments.add(new Moment(Long.parseLong(m.group(1)), null, null));
            } else if (m.group(2) != null) {
                moments.add(new Moment(0, m.group(2), null));
            } else if (m.group(3) != null && !m.group(3).isBlank()) {
                moments.add(new Moment(0, null, m.group(3).strip()));
            }
        }
    }

    /** The timeline of an SSML fragment (what goes inside {@code <speak>}) or a whole document. */
    public static SsmlTimeline of(String ssml) {
        return new SsmlTimeline(ssml);
    }

    /** Whether the answer parses as XML inside {@code <speak>}, as Alexa reads it. */
    public boolean wellFormed() {
        String document = ssml.startsWith("<speak>") ? ssml : "<speak>" + ssml + "</speak>";
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(document)));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    public List<String> sounds() {
        return moments.stream().filter(m -> m.sound() != null).map(Moment::sound).toList();
    }

    public long longestBreakMillis() {
        return moments.stream().mapToLong(Moment::breakMillis).max().orElse(0);
    }

    /** The longest run of silence with neither a word nor a sound in it. */
    public long longestSilenceMillis() {
        return silences().stream().mapToLong(Silence::millis).max().orElse(0);
    }

    /**
     * The silences longer than {@code millis} that are not inside a hold: a hold starts with
     * {@code holdStart} and ends with {@code holdEnd}, words said inside it (a halfway count) included.
     */
    public List<Long> unmarkedSilencesOver(long millis, String holdStart, String holdEnd) {
        List<Long> unmarked = new ArrayList<>();
        for (Silence silence : silences()) {
            if (silence.millis() > millis && !silence.inHold(moments, holdStart, holdEnd)) {
                unmarked.add(silence.millis());
            }
        }
        return unmarked;
    }

    private record Silence(int from, int to, long millis) {

        /** The nearest sound before is the hold's start and the nearest after is its end. */
        boolean inHold(List<Moment> moments, String holdStart, String holdEnd) {
            String before = null;
            for (int i = from - 1; i >= 0 && before == null; i--) {
                before = moments.get(i).sound();
            }
            String after = null;
            for (int i = to; i < moments.size() && after == null; i++) {
                after = moments.get(i).sound();
            }
            return holdStart.equals(before) && holdEnd.equals(after);
        }
    }

    private List<Silence> silences() {
        List<Silence> silences = new ArrayList<>();
        long run = 0;
        int start = 0;
        for (int i = 0; i <= moments.size(); i++) {
            Moment moment = i < moments.size() ? moments.get(i) : null;
            if (moment != null && moment.sound() == null && moment.words() == null) {
                if (run == 0) {
                    start = i;
                }
                run += moment.breakMillis();
            } else {
                if (run > 0) {
                    silences.add(new Silence(start, i, run));
                }
                run = 0;
            }
        }
        return silences;
    }
}
