package com.backrelief.coach.devtools.bench;

import com.backrelief.coach.devtools.Conversation;
import com.backrelief.coach.devtools.Conversation.Turn;
import com.backrelief.coach.devtools.Ear;
import com.backrelief.coach.devtools.StatisticalEar;
import com.backrelief.coach.devtools.UtteranceMatcher;
import com.backrelief.coach.devtools.bench.DevSet.Case;
import com.backrelief.coach.domain.stretching.RoutinePlan;
import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.MutableClock;
import com.backrelief.coach.support.StubAlexaApi;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says each phrasing to the skill in its context, through the local conversation (an ear for the interaction
 * model, and the real handler), and judges the answer by what it must do.
 */
public final class Judge {

    /** How a phrasing fared: what was heard (intent), said, and why it passed or not. */
    public record Verdict(Case subject, boolean pass, String intent, String speech, String why, int questions) {

        Verdict(Case subject, boolean pass, String intent, String speech, String why) {
            this(subject, pass, intent, speech, why, 0);
        }
    }

    /**
     * Which kind of red-flag answer a speech is, by the wording of the fact sheet's section 5 (and 3.4 for
     * pregnancy signs). In this order of pressure: at the same place, the earlier one counts, so a pregnancy
     * answer that gives the emergency number is an emergency.
     */
    public enum Alarm { EMERGENCY, MATERNITY, URGENT, SOON }

    private static final Pattern EMERGENCY = Pattern.compile("help right now|emergency help now|don't drive yourself"
            + "|call (911|999|000|112|your local emergency number) now", Pattern.CASE_INSENSITIVE);
    private static final Pattern URGENT = Pattern.compile("should check today|should see today"
            + "|see (a|your) (doctor|GP) today|(doctor|GP)[^.]{0,40} today|urgent care today|urgent appointment"
            + "|healthdirect", Pattern.CASE_INSENSITIVE);
    private static final Pattern MATERNITY = Pattern.compile("maternity unit|call your midwife|midwife (straight away|now)"
            + "|labou?r and delivery|labour ward|hospital where you are booked", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOON = Pattern.compile("in the next few days|within a few days", Pattern.CASE_INSENSITIVE);
    static final Pattern NOT_UNDERSTOOD = Pattern.compile("can't help with that|want to be sure I understand"
            + "|didn't catch that|not sure what you mean", Pattern.CASE_INSENSITIVE);
    static final Pattern THANKS = Pattern.compile("you're welcome|you are welcome|my pleasure|glad (to|I)"
            + "|no problem|any ?time|happy to help", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROGRESS = Pattern.compile("routines? (done|finished)|finished (a|one|\\w+) routines?"
            + "|haven't finished a routine|in a row|streak", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEFT = Pattern.compile("left|to go|last one|remaining", Pattern.CASE_INSENSITIVE);
    private static final Pattern HELP = Pattern.compile("can't examine you|doesn't replace|don't replace|you can (ask|say)"
            + "|I can help", Pattern.CASE_INSENSITIVE);

    private static final String OPEN = "open back relief coach";
    private static final String ROUTINE = "do the morning routine";
    private static final String ADVICE = "I pulled my back lifting a box yesterday, should I use ice?";
    private static final String QUESTION = "should I use heat or ice";

    private final TestSkill skill;
    private final StretchCatalogue catalogue = TestSkill.CATALOGUE;
    private final MutableClock clock = new MutableClock(TestSkill.NOW);
    private final Ear matcher;
    private final AtomicInteger people = new AtomicInteger();

    /** The ears a phrasing can be said through: the generous matcher, or the statistical ear. */
    public enum Ears {
        GENEROUS, STATISTICAL;

        public Ear load() {
            return this == GENEROUS ? UtteranceMatcher.load(UtteranceMatcher.DEFAULT_MODEL, TestSkill.SKILL_ID)
                    : StatisticalEar.load(UtteranceMatcher.DEFAULT_MODEL, TestSkill.SKILL_ID);
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Through the generous matcher. */
    public Judge() {
        this(Ears.GENEROUS.load());
    }

    public Judge(Ear ear) {
        this(ear, false);
    }

    /**
     * @param sayItAgain after the fallback's question the person says it again (here in the same words), which Alexa
     *                   hands over whole in the free-text slot the skill asked for: "within two turns"
     */
    public Judge(Ear ear, boolean sayItAgain) {
        this.skill = new TestSkill(new InMemoryProgressStore(), clock);
        this.matcher = ear;
        this.sayItAgain = sayItAgain;
    }

    private final boolean sayItAgain;

    public Verdict judge(Case subject) {
        Conversation conversation = new Conversation(skill.handler(), matcher)
                .user("amzn1.ask.account.DEV-SET-" + people.incrementAndGet()).clock(clock)
                .apiEndpoint(StubAlexaApi.shared().endpoint());
        Turn before;
        try {
            before = setUp(conversation, subject);
        } catch (IllegalStateException e) {
            return new Verdict(subject, false, "-", "", "setup: " + e.getMessage());
        }
        Turn turn;
        try {
            turn = conversation.say(subject.utterance());
        } catch (Conversation.SkillFailure e) {
            return new Verdict(subject, false, "-", "", "skill failed: " + e.getMessage());
        }
        if (sayItAgain && subject.expect().kind().equals("tier") && alarm(turn.speech()).isEmpty()
                && turn.response().path("response").path("directives").toString().contains("\"slotToElicit\":\"description\"")) {
            turn = conversation.say(subject.utterance());
        }
        JsonNode sent = turn.request().path("request").path("intent");
        StringBuilder intent = new StringBuilder(sent.path("name").asText("-"));
        sent.path("slots").forEach(slot -> {
            if (slot.hasNonNull("value")) {
                intent.append(" ").append(slot.path("name").asText()).append("=\"").append(slot.path("value").asText()).append('"');
            }
        });
        int questions = 0;
        if (subject.expect().kind().equals("advice") && !subject.expect().value().equals("asks")) {
            // A person with nothing more to add answers the coach's questions with "no": the advice must
            // still be the expected one. How many questions it took is in the verdict. A see-someone-soon line
            // leads a question asked with it (fact sheet 3.5), so the questions go on after it.
            while (questions < 3 && asking(turn) && alarm(turn.speech()).filter(found -> found != Alarm.SOON).isEmpty()) {
                turn = conversation.say("no");
                questions++;
            }
        }
        Optional<String> problem = check(subject, before, turn);
        String speech = turn.speech();
        String why = problem.orElse("ok") + (questions > 0 ? " after " + questions + " question(s) answered no" : "");
        return new Verdict(subject, problem.isEmpty(), intent.toString(), speech, why, questions);
    }

    private Turn setUp(Conversation conversation, Case subject) {
        Turn turn = conversation.say(OPEN);
        switch (subject.context()) {
            case "start" -> {
            }
            case "routine" -> {
                turn = conversation.say(ROUTINE);
                if (routine(turn).isMissingNode()) {
                    turn = conversation.say("yes");
                }
                if (routine(turn).isMissingNode()) {
                    throw new IllegalStateException("no routine started: " + turn.speech());
                }
                turn = conversation.say("next");
                turn = conversation.say("next");
                if (subject.expect().value().equals("resume")) {
                    turn = conversation.say("pause");
                }
            }
            case "advice" -> {
                turn = conversation.say(ADVICE);
                for (int i = 0; i < 3 && adviceRule(turn).isEmpty(); i++) {
                    turn = conversation.say("no");
                }
                if (adviceRule(turn).isEmpty()) {
                    throw new IllegalStateException("no advice given: " + turn.speech());
                }
            }
            case "asked" -> {
                turn = conversation.say(QUESTION);
                if (!asking(turn)) {
                    throw new IllegalStateException("no question asked: " + turn.speech());
                }
            }
            default -> throw new IllegalStateException("unknown context " + subject.context());
        }
        return turn;
    }

    private Optional<String> check(Case subject, Turn before, Turn turn) {
        String speech = turn.speech();
        Optional<Alarm> alarm = alarm(speech);
        String value = subject.expect().value();
        return switch (subject.expect().kind()) {
            case "tier" -> alarm.map(found -> found.name().toLowerCase(Locale.ROOT)).filter(value::equals).isPresent()
                    ? Optional.empty() : Optional.of("tier " + alarm.map(Enum::name).orElse("none"));
            case "no-alarm" -> alarm.map(found -> "alarm " + found);
            case "says" -> subject.expect().says().matcher(speech).find()
                    ? Optional.empty() : Optional.of("key fact missing");
            case "advice" -> advice(turn, alarm, value);
            case "does" -> alarm.isPresent() ? Optional.of("alarm " + alarm.get())
                    : NOT_UNDERSTOOD.matcher(speech).find() ? Optional.of("not understood") : does(value, before, turn);
            default -> Optional.of("unknown expectation");
        };
    }

    Optional<String> advice(Turn turn, Optional<Alarm> alarm, String expected) {
        if (alarm.isPresent() && adviceRule(turn).isEmpty()) {
            return Optional.of("alarm " + alarm.get());
        }
        if (expected.equals("asks")) {
            return asking(turn) ? Optional.empty() : Optional.of("asked nothing");
        }
        Optional<String> rule = adviceRule(turn);
        if (rule.isEmpty()) {
            return Optional.of(asking(turn) ? "asked a question" : "no advice");
        }
        String use = turn.response().path("sessionAttributes").path("heatIceLastUse").asText("");
        // R9 and R12 leave the choice to the person (the pack named is only the suggestion); R7 names the one that
        // helped. R8 is "either, by preference; if none, heat" (fact sheet 1.3): with no preference said, its answer
        // opens "Either is fine" and suggests heat to start, so either reading is right.
        String given = rule.get().startsWith("R2") || rule.get().contains("neither") || use.isEmpty() ? "neither"
                : rule.get().equals("R9") || rule.get().equals("R12") ? "either"
                : use.startsWith("COLD") ? "cold" : use.equals("HEAT") ? "heat" : "either";
        boolean r8Either = rule.get().equals("R8") && !contains(turn.speech(), "as you mentioned");
        return given.equals(expected) || r8Either && expected.equals("either") ? Optional.empty()
                : Optional.of("advice " + given + " (" + rule.get() + ")");
    }

    Optional<String> does(String action, Turn before, Turn turn) {
        JsonNode was = routine(before);
        JsonNode now = routine(turn);
        String speech = turn.speech();
        boolean pass = switch (action) {
            case "next" -> position(now) > position(was) || now.isMissingNode() && !was.isMissingNode();
            case "previous" -> !now.isMissingNode() && position(now) < position(was);
            case "repeat" -> (was.isMissingNode() || position(now) == position(was)) && overlap(before.speech(), speech) >= 0.6;
            case "pause" -> now.path("paused").asBoolean(false);
            case "resume" -> !now.isMissingNode() && !now.path("paused").asBoolean(false);
            case "start-over" -> !now.isMissingNode() && position(now) == 0;
            case "skip" -> !now.isMissingNode() && now.path("step").asInt() > was.path("step").asInt()
                    || now.isMissingNode() && !was.isMissingNode();
            case "slower" -> pace(now) > pace(was);
            case "faster" -> pace(now) < pace(was);
            case "easier" -> speech.toLowerCase(Locale.ROOT).matches(".*\\b(easier|gentler|simpler)\\b.*");
            case "harder" -> speech.toLowerCase(Locale.ROOT).matches(".*\\b(harder|challeng\\w*|more of a)\\b.*");
            case "how-many-left" -> LEFT.matcher(speech).find();
            case "explain-current" -> position(now) == position(was) && exerciseAt(was)
                    .filter(exercise -> contains(speech, exercise.name())).isPresent();
            case "stop" -> turn.sessionEnded();
            case "help" -> HELP.matcher(speech).find();
            case "thanks" -> THANKS.matcher(speech).find();
            case "cancel" -> true;
            case "capabilities" -> contains(speech, "heat") && contains(speech, "stretch") && contains(speech, "routine");
            case "list-stretches" -> catalogue.cards().stream().filter(s -> contains(speech, s.name())).count() >= 5;
            case "progress" -> PROGRESS.matcher(speech).find();
            default -> action.startsWith("stretch:") ? stretchExplained(action.substring(8), speech)
                    : action.startsWith("routine:") && routineStarted(action.substring(8), now);
        };
        return pass ? Optional.empty() : Optional.of("did not " + action);
    }

    private boolean stretchExplained(String id, String speech) {
        return catalogue.stretch(id).filter(stretch -> contains(speech, stretch.name())).isPresent();
    }

    private static boolean routineStarted(String id, JsonNode now) {
        return !now.isMissingNode() && (id.equals("any") || id.equals(now.path("id").asText()));
    }

    Optional<Stretch> exerciseAt(JsonNode routine) {
        return catalogue.routine(routine.path("id").asText(""))
                .map(found -> RoutinePlan.of(found, catalogue))
                .filter(plan -> routine.path("step").asInt() < plan.steps())
                .map(plan -> plan.exercise(routine.path("step").asInt()));
    }

    /** The most pressing red-flag answer in the speech: the one it leads with. */
    public static Optional<Alarm> alarm(String speech) {
        Alarm first = null;
        int at = Integer.MAX_VALUE;
        for (Alarm alarm : Alarm.values()) {
            Matcher m = pattern(alarm).matcher(speech);
            if (m.find() && m.start() < at) {
                at = m.start();
                first = alarm;
            }
        }
        return Optional.ofNullable(first);
    }

    private static Pattern pattern(Alarm alarm) {
        return switch (alarm) {
            case EMERGENCY -> EMERGENCY;
            case MATERNITY -> MATERNITY;
            case URGENT -> URGENT;
            case SOON -> SOON;
        };
    }

    static JsonNode routine(Turn turn) {
        return turn.response().path("sessionAttributes").path("routine");
    }

    private static int position(JsonNode routine) {
        return routine.isMissingNode() ? -1 : routine.path("step").asInt() * 1000 + routine.path("part").asInt();
    }

    private static int pace(JsonNode routine) {
        return switch (routine.path("pace").asText("NORMAL")) {
            case "SLOW" -> 2;
            case "FAST" -> 0;
            default -> 1;
        };
    }

    static Optional<String> adviceRule(Turn turn) {
        return Optional.ofNullable(turn.response().path("sessionAttributes").path("heatIceLastRule").asText(null));
    }

    static boolean asking(Turn turn) {
        for (JsonNode directive : turn.response().path("response").path("directives")) {
            if (directive.path("type").asText().equals("Dialog.ElicitSlot")) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(String speech, String words) {
        return speech.toLowerCase(Locale.ROOT).replace("'", "").contains(words.toLowerCase(Locale.ROOT).replace("'", ""));
    }

    /** The share of the earlier answer's words that the later one says again. */
    private static double overlap(String earlier, String later) {
        Set<String> first = words(earlier);
        if (first.isEmpty()) {
            return 0;
        }
        Set<String> second = words(later);
        return first.stream().filter(second::contains).count() / (double) first.size();
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]", " ").trim().split("\\s+")));
    }

    static List<String> groups() {
        return List.of("emergency", "red flags", "denials", "questions", "commands");
    }

    /**
     * The groups: every emergency, all red flags (pregnancy signs among them), denials (with the other
     * must-not-alarm lines), questions and commands.
     */
    static boolean inGroup(String group, String area) {
        return switch (group) {
            case "emergency" -> area.equals("emergency");
            case "red flags" -> Set.of("emergency", "pregnancy", "urgent", "soon").contains(area);
            case "denials" -> Set.of("denial", "not-alarm").contains(area);
            case "questions" -> Set.of("advice", "question", "stretch").contains(area);
            case "commands" -> Set.of("command", "routine", "smalltalk").contains(area);
            default -> false;
        };
    }
}
