package com.backrelief.coach.handlers.common;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The words kept of the last answer: its SSML without tags, entities decoded, white space collapsed. */
class LastAnswerTest {

    /** The plain statement of the rule, with regular expressions. */
    private static String byPatterns(String ssml) {
        String plain = ssml.replaceAll("<[^>]*>", " ");
        plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
        return plain.replaceAll("\\s+", " ").strip();
    }

    @Test
    void anAnswerBecomesItsWords() {
        assertThat(LastAnswer.text("<speak>Hold it <break time=\"2s\"/> there. Tom &amp; Jerry&apos;s &lt;cat&gt;</speak>"))
                .isEqualTo("Hold it there. Tom & Jerry's <cat>");
        assertThat(LastAnswer.text(null)).isEmpty();
    }

    @Test
    void itKeepsWhatThePatternsKeepForAnyText() {
        String alphabet = "<>&;ltgampquosx /\t\n\r\u2003\u00a0\"'";
        Random random = new Random(21);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(random.nextInt(4) == 0 ? new String[] {"&lt;", "&amp;", "&quot;", "&apos;", "&gt;", "<b>"}[random.nextInt(6)]
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(LastAnswer.text(text.toString())).as(text.toString()).isEqualTo(byPatterns(text.toString()));
        }
    }
}
