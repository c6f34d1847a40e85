package com.backrelief.coach;

import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short enough to follow by ear (fact sheet section 5): every kind of answer says at most about sixty words, or
 * twenty-five seconds, before it asks or hands back. A routine's paced coaching is the exception: its first turn
 * is measured up to the first exercise. The longest of each kind is printed.
 */
class AnswerLengthTest {

    static final int MOST_WORDS = 70;
    static final double MOST_SECONDS = 25;
    /** espeak-ng's default rate, 175 words a minute, the rate the clinical review measured with. */
    static final double WORDS_PER_SECOND = 175 / 60.0;
    private static final Pattern BREAK = Pattern.compile("<break time=\"([0-9.]+)(m?s)\"/>");

    private static final Map<String, Measured> LONGEST = new LinkedHashMap<>();

    /** Words and seconds of what is said before the question (or before the coaching starts). */
    record Measured(String what, int words, double seconds) {
    }

    @AfterAll
    static void report() {
        LONGEST.forEach((kind, m) -> System.out.printf("longest %-14s %3d words %5.1f s  (%s)%n", kind, m.words(),
                m.seconds(), m.what()));
    }

    @Test
    void heatOrIceAdviceForEachKindOfSituation() {
        List<String[]> situations = List.of(
                new String[] {"injury", "pulled my back lifting a box", "onsetWords", "yesterday"},
                new String[] {"injury", "hurt my back lifting", "onsetWords", "two days ago", "swelling", "yes"},
                new String[] {"onsetWords", "last week", "injury", "no", "leg", "neither"},
                new String[] {"onsetWords", "six months", "injury", "no", "leg", "neither", "feel", "tight"},
                new String[] {"onsetWords", "a week ago", "injury", "no", "leg", "one leg"},
                new String[] {"onsetWords", "a week ago", "injury", "no", "leg", "neither", "area", "upper back"},
                new String[] {"onsetWords", "a week ago", "injury", "no", "leg", "neither", "condition", "diabetes"},
                new String[] {"onsetWords", "a week ago", "injury", "no", "leg", "neither", "condition", "raynauds"},
                new String[] {"onsetWords", "a week ago", "injury", "no", "leg", "neither", "helpedBefore", "ice"});
        for (String[] slots : situations) {
            Person person = new Person(new TestSkill());
            person.open();
            Reply advice = person.say("HeatOrIceIntent", slots);
            check("advice", String.join(" ", slots), advice, before(said(advice)));
            Reply tips = person.yes();
            check("safety tips", String.join(" ", slots), tips, before(said(tips)));
        }
    }

    @Test
    void everyStretchExplained() {
        for (Stretch stretch : TestSkill.CATALOGUE.stretches()) {
            Person person = new Person(new TestSkill());
            person.open();
            Reply reply = person.say("StretchInfoIntent", "stretch", stretch.name());
            check("stretch", stretch.name(), reply, before(said(reply)));
        }
    }

    @Test
    void everyRoutineStartedUpToItsFirstExercise() {
        for (Routine routine : TestSkill.CATALOGUE.routines()) {
            Person person = new Person(new TestSkill());
            person.open();
            Reply reply = person.say("StartRoutineIntent", "routine", routine.name());
            String speech = said(reply);
            int coaching = speech.indexOf("First, the");
            assertThat(coaching).as(routine.name() + " starts coaching: " + reply.speech()).isPositive();
            check("routine start", routine.name(), reply, speech.substring(0, coaching));
        }
    }

    @Test
    void helpAndTheWelcome() {
        Person person = new Person(new TestSkill());
        Reply welcome = person.open();
        check("welcome", "first visit", welcome, before(said(welcome)));
        Reply help = person.say("AMAZON.HelpIntent");
        check("help", "help", help, before(said(help)));
    }

    @Test
    void everyTopicAnswer() {
        JsonNode topics = com.backrelief.coach.content.ContentLoader.read("topics.json").path("topics");
        for (JsonNode topic : topics) {
            if (topic.hasNonNull("answer")) {
                String answer = topic.path("answer").asText();
                check("topic", topic.path("id").asText(), null, answer);
            }
        }
        com.backrelief.coach.domain.advice.HeatIceGuide.TOPICS.forEach(key ->
                check("topic", key, null, TestSkill.HEAT_ICE.followUp(key).orElse("")));
    }

    private static void check(String kind, String what, Reply reply, String said) {
        String plain = said.replaceAll("<break[^>]*/>", " ").replaceAll("<[^>]+>", " ");
        int words = plain.isBlank() ? 0 : plain.strip().split("\\s+").length;
        double seconds = words / WORDS_PER_SECOND + pauses(said);
        Measured measured = new Measured(what, words, seconds);
        LONGEST.merge(kind, measured, (a, b) -> b.words() > a.words() ? b : a);
        if (words > MOST_WORDS || seconds > MOST_SECONDS) {
            System.out.printf("TOO LONG %s '%s': %d words %.1f s: %s%n", kind, what, words, seconds, plain.strip());
        }
        assertThat(words).as(kind + " '" + what + "' before its question: " + plain).isLessThanOrEqualTo(MOST_WORDS);
        assertThat(seconds).as(kind + " '" + what + "' seconds before its question: " + plain)
                .isLessThanOrEqualTo(MOST_SECONDS);
        if (reply != null && !reply.endsSession()) {
            assertThat(reply.speech()).as(kind + " '" + what + "' asks").endsWith("?");
        }
    }

    /** The answer's SSML inside its speak element. */
    private static String said(Reply reply) {
        return reply.ssml().replace("<speak>", "").replace("</speak>", "").strip();
    }

    /** What is said before the last sentence, when that sentence is the question. */
    static String before(String speech) {
        String text = speech.strip();
        if (!text.endsWith("?")) {
            return text;
        }
        int end = Math.max(Math.max(text.lastIndexOf(". ", text.length() - 2), text.lastIndexOf("! ")),
                text.lastIndexOf("? ", text.length() - 2));
        return end < 0 ? "" : text.substring(0, end + 1);
    }

    private static double pauses(String ssml) {
        double seconds = 0;
        Matcher m = BREAK.matcher(ssml);
        while (m.find()) {
            double amount = Double.parseDouble(m.group(1));
            seconds += m.group(2).equals("ms") ? amount / 1000 : amount;
        }
        return seconds;
    }
}
