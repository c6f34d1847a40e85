package com.backrelief.coach.handlers.understanding;

import com.amazon.ask.model.Intent;
import com.backrelief.coach.conversation.Meaning;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.safety.RedFlag;
import com.backrelief.coach.domain.safety.Tier;
import com.backrelief.coach.domain.understanding.Reading;
import com.backrelief.coach.domain.understanding.Understanding;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.safety.Confirmation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a request means ({@link Meaning}). A red flag said anywhere is a red flag; the free-text intents
 * become the request their words ask for (a topic, an exercise, a routine, a command, advice); any
 * other intent Alexa recognised means what it says.
 */
final class Interpretation {

    private final Set<String> freeText;
    private final Understanding understanding;

    /** A yes or a no said in free text is an answer only in a few words; longer, it is a statement ("I don't get the urge"). */
    private static final int ANSWER_WORDS = 5;

    /** Coaching commands, as the reading names them, and the intents that carry them out. */
    private static final Map<String, String> COMMANDS = Map.ofEntries(
            Map.entry("explain-current", "ExplainCurrentIntent"), Map.entry("how-many-left", "HowManyLeftIntent"),
            Map.entry("start-over", "AMAZON.StartOverIntent"), Map.entry("previous", "AMAZON.PreviousIntent"),
            Map.entry("skip", "SkipIntent"), Map.entry("pause", "AMAZON.PauseIntent"),
            Map.entry("resume", "AMAZON.ResumeIntent"), Map.entry("slower", "SlowerIntent"),
            Map.entry("faster", "FasterIntent"), Map.entry("easier", "EasierIntent"),
            Map.entry("harder", "HarderIntent"), Map.entry("repeat", "AMAZON.RepeatIntent"),
            Map.entry("next", "AMAZON.NextIntent"), Map.entry("stop", "AMAZON.StopIntent"));

    /** Asks that, said most strongly, come before a topic the words also touch ("how many days in a row have I done"). */
    /** Intents whose slots are times and days, which read the words Alexa could not resolve themselves. */
    private static final Set<String> TIMES_AND_DAYS = Set.of("SetReminderIntent", "MoveReminderIntent");

    /** What a person asks of their stretch reminder. */
    private static final Set<String> REMINDER_ASKS = Set.of("reminder", "reminder-stop", "reminder-move", "reminder-list");

    /** What Alexa may hear as a request to exercise, which a flag that holds exercise answers instead. */
    static final Set<String> EXERCISE_INTENTS = Set.of("StartRoutineIntent", "HarderIntent");

    /** The red flag that holds only when recent (a serious accident). */
    private static final String RECENT_ONLY = "E6";

    /** Words for a fall or accident that say nothing of how serious it was. */
    private static final Set<String> PLAIN_FALLS = Set.of("fell", "i fell", "fall", "i fall", "a fall", "had a fall",
            "i had a fall", "accident", "an accident", "had an accident");

    /** Words that name a routine the coach may not have ("the yoga routine", "a pilates class"). */
    private static final java.util.regex.Pattern NAMED_ROUTINE = java.util.regex.Pattern.compile(
            "(?i)\\w+\\s+(routine|routines|program|programme|class|classes)\\s*$");

    /** A yes or a no this short is only that ("no", "nope, not really"). */
    private static final int PLAIN_ANSWER = 3;

    /** A symptom slot this short is likely all Alexa kept of a longer sentence. */
    private static final int CUT_SHORT = 6;

    /** The exercise (and topic) that "walk me through" names by accident. */
    private static final String WALKING = "walking";

    private static final Set<String> BEFORE_TOPICS = Set.of("progress", "capabilities", "help", "reminder",
            "reminder-stop", "reminder-move", "reminder-list");

    /** Whatever the state, in order of strength: what each ask means. */
    private static final Map<String, String> ANYWHERE = Map.ofEntries(
            Map.entry("list-stretches", "ListStretchesIntent"), Map.entry("progress", "HowAmIDoingIntent"),
            Map.entry("capabilities", "AMAZON.HelpIntent"), Map.entry("help", "AMAZON.HelpIntent"),
            Map.entry("thanks", "ThanksIntent"), Map.entry("cancel", "AMAZON.CancelIntent"),
            Map.entry("stop", "AMAZON.StopIntent"), Map.entry("repeat", "AMAZON.RepeatIntent"),
            Map.entry("timer", "SetTimerIntent"), Map.entry("reminder", "SetReminderIntent"),
            Map.entry("reminder-stop", "CancelReminderIntent"), Map.entry("reminder-move", "MoveReminderIntent"),
            Map.entry("reminder-list", "ListRemindersIntent"), Map.entry("yes", "AMAZON.YesIntent"),
            Map.entry("no", "AMAZON.NoIntent"), Map.entry("next", "AMAZON.NextIntent"),
            Map.entry("resume", "AMAZON.ResumeIntent"), Map.entry("start-over", "AMAZON.StartOverIntent"));

    Interpretation(Understanding understanding) {
        this.freeText = Set.copyOf(understanding.freeTextIntents());
        this.understanding = understanding;
    }

    /**
     * @param question   the words were asked as a question ("how long…", "can I…")
     * @param unresolved the words are a slot value Alexa could not resolve, read as free text
     */
    Meaning meaning(Intent alexa, Reading reading, State state, boolean question, boolean unresolved) {
        Meaning heard = Requests.meaning(alexa, reading);
        if (alexa.getName().equals("RedFlagIntent") && !state.confirming() && reading.flags().equals(List.of(RECENT_ONLY))
                && reading.facts().onset() == null && reading.length() <= CUT_SHORT
                && understanding.whenQuestion(RECENT_ONLY).isPresent()) {
            // Alexa sent only the slot's few words ("i fell off a ladder"), cut from whatever said when: a serious
            // accident is a flag only in the last few days (fact sheet, reading E6), so one question first.
            return meant("ConfirmSymptomIntent", Map.of("symptom", RECENT_ONLY, Confirmation.WHEN, Confirmation.WHEN));
        }
        boolean fellAsleep = alexa.getName().equals("HeatOrIceIntent")
                && Requests.spoken(alexa, "injury").filter(PLAIN_FALLS::contains).isPresent()
                && alexa.getSlots().values().stream().anyMatch(slot -> slot != null && slot.getValue() != null
                && slot.getValue().strip().toLowerCase(java.util.Locale.ROOT).startsWith("asleep"));
        if (fellAsleep) {
            // "I fell asleep on the sofa", "can I fall asleep on a heating pad": no fall at all, whatever the injury's
            // place took
            heard = heard.without("injury");
        }
        if (!fellAsleep && alexa.getName().equals("HeatOrIceIntent") && !state.confirming()
                && Requests.spoken(alexa, "injury").map(PLAIN_FALLS::contains).orElse(false)
                && !reading.flags().contains(RECENT_ONLY)) {
            // "I fell" or "an accident" alone, in the injury's place ("I fell asleep on the sofa" may come as just
            // that): one question first, as for any plain fall (fact sheet, reading E6). The other slots may say
            // how serious it was ("fell" and "down a whole flight of stairs this afternoon"): then it is the flag.
            return meant("ConfirmSymptomIntent", Map.of("symptom", RECENT_ONLY));
        }
        if (state.adviceAsking() && alexa.getName().equals("HeatOrIceIntent") && reading.flags().isEmpty()
                && reading.length() <= PLAIN_ANSWER && reading.asks().size() == 1 && slotsSaid(alexa) == 1
                && (reading.asks("yes") || reading.asks("no"))) {
            // A bare "no" that a heat-or-ice slot took as its value ("no" as no injury, to "When did this pain
            // start?"): the yes or no it is, which answers the question waiting, or says there is nothing to add.
            return meant(ANYWHERE.get(reading.asks().get(0)), Map.of());
        }
        if (reading.flags().isEmpty() && reading.unsure().isPresent() && !state.confirming()) {
            // A phrase that can mean a red flag or something else: one question first (fact sheet, section 3).
            return meant("ConfirmSymptomIntent", Map.of("symptom", reading.unsure().get()));
        }
        Optional<String> flag = reading.flags().stream().findFirst();
        if (alexa.getName().equals("RedFlagIntent")) {
            // Alexa resolved the words to a red flag: the more urgent of that and what the words say.
            Optional<String> resolved = Requests.resolvedIds(alexa, "symptom").stream().min(this::byTier);
            if (resolved.isPresent() && (flag.isEmpty() || byTier(resolved.get(), flag.get()) <= 0)) {
                return heard;
            }
        }
        // A see-someone-soon flag gives way to what the person asks for; a statement asks for nothing.
        boolean request = reading.asks("choose") || reading.asks("heat-or-ice") || question && reading.topic().isPresent()
                || reading.stretch().isPresent() && reading.asks("explain") || reading.asks("routine")
                // an answer to the heat-or-ice interview ("on and off for years"): the advice, with the flag said first
                || state.adviceAsking() && reading.describesThePain()
                // the pain in what Alexa heard as heat or ice ("I've had back pain for six months, should I use heat or
                // ice"): its samples ask for it, so a see-soon line leads the interview (fact sheet 3.5)
                || alexa.getName().equals("HeatOrIceIntent")
                || alexa.getName().equals(WHEN_IT_STARTED) && state.adviceAsking();
        Optional<RedFlag> said = flag.flatMap(understanding::flag);
        boolean exercise = reading.asks("routine") || reading.asks("harder") || reading.routine().isPresent();
        if (said.isPresent() && (said.get().tier() != Tier.SOON || !request
                || said.get().holdsExercise() && (exercise || EXERCISE_INTENTS.contains(alexa.getName())))) {
            // Under 16, asking for a routine gets the advice to see a doctor instead (fact sheet 3.5).
            return meant("RedFlagIntent", Map.of("symptom", flag.get()));
        }
        if (alexa.getName().equals(WHEN_IT_STARTED)) {
            // In the heat-or-ice interview, the answer to "When did this pain start?". Said when the coach had asked
            // nothing, the end of a longer sentence whose start a statistical NLU left out ("I've not had a wee since
            // last night"), or an answer to no question: what it is about is asked for, whole.
            return state.adviceAsking() ? Meaning.of("HeatOrIceIntent", heard.values(), reading, false)
                    : meant("RedFlagIntent", Map.of());
        }
        boolean placedNothing = alexa.getName().equals("RedFlagIntent") && flag.isEmpty()
                && Requests.resolvedIds(alexa, "symptom").isEmpty();
        // A question said where the interview's question waited: opened as one, or something to put on the back that
        // is itself a topic, with nothing said of the pain ("can I use a bag of frozen peas" as the preference "a bag
        // of frozen peas").
        // Outside the interview, the same thing said alone ("can I use a bag of frozen peas" as that preference and
        // nothing else) asks about it too.
        Optional<String> preference = Requests.spoken(alexa, "preference");
        boolean preferenceATopic = preference.filter(words -> understanding.read(words).topic().isPresent()).isPresent();
        boolean askedInstead = alexa.getName().equals("HeatOrIceIntent") && reading.topic().isPresent()
                && (state.adviceAsking() && (reading.startsAsAQuestion() || !reading.describesThePain() && preferenceATopic)
                || !state.adviceAsking() && preferenceATopic && slotsSaid(alexa) == 1);
        // Heat or ice heard with nothing in its slots that it knows, no situation and no heat or ice asked for in the
        // words: a statistical NLU's heat-or-ice samples took in words that ask for something else. A situation comes
        // only with heat or ice asked about in the sample's own words.
        boolean heatOrIceUnplaced = alexa.getName().equals("HeatOrIceIntent") && !state.adviceAsking()
                && nothingResolved(alexa, fellAsleep ? Set.of("injury") : Set.of()) && Requests.spoken(alexa, "situation").isEmpty()
                && !reading.asks("choose") && !reading.asks("heat-or-ice") && !reading.asks("advise-me");
        // A topic in the words ("how do I use a hot water bottle safely" as injury "use" and "a hot water bottle
        // safely"), whose answer is what was asked for. Something to put on the back ("that", "my heat pad") is asked
        // about as heat or ice unless it is itself a topic ("a firm mattress").
        boolean topicInstead = heatOrIceUnplaced && reading.topic().isPresent() && (preference.isEmpty() || preferenceATopic)
                && !reading.asks("advise-now");
        if (placedNothing || askedInstead || topicInstead) {
            // Words Alexa put in a symptom it could not place ("ow, that one hurts as well"), or a question said
            // where the coach's question waited for an answer ("what about sitting at work all day"): read whole.
            return freeText(reading, state, true).orElse(heard);
        }
        // Words that say nothing of the pain and ask for something else ("I fancy doing a few stretches" as injury
        // "fancy" and "doing a few stretches", "cheers, that ice pack sorted me right out"): what they ask for.
        Optional<Meaning> otherwise = heatOrIceUnplaced && !reading.describesThePain()
                ? freeText(reading, state, reading.startsAsAQuestion()).filter(m -> !m.request().equals("HeatOrIceIntent"))
                : Optional.empty();
        if (otherwise.isPresent()) {
            return otherwise.get();
        }
        if (!freeText.contains(alexa.getName()) && !unresolved || unresolved && TIMES_AND_DAYS.contains(alexa.getName())) {
            // Words a reminder's time or days could not take ("every other morning") are the reminder's own,
            // not a routine they happen to name: only a red flag in them (above) changes what is meant.
            return heard;
        }
        Optional<Meaning> meant = freeText(reading, state, question);
        boolean answersTheCoach = state.adviceAsking() && meant.filter(m -> m.request().equals("HeatOrIceIntent")).isPresent();
        boolean anyRoutine = unresolved && alexa.getName().equals("StartRoutineIntent")
                && meant.filter(m -> m.request().equals("StartRoutineIntent") && m.values().isEmpty()).isPresent()
                && reading.topic().isEmpty() && reading.stretch().isEmpty()
                && Requests.spoken(alexa, "routine").filter(words -> NAMED_ROUTINE.matcher(words).find()).isEmpty();
        if (anyRoutine) {
            // The routine's place took words that ask for exercise and name none ("let's do some exercises",
            // "something gentle for my back"): a routine, the coach's pick, not "I don't know that routine". A name
            // said before "routine" ("the yoga routine") is one the coach does not have, and is answered so.
            return meant("StartRoutineIntent", Map.of());
        }
        // Words a heat-and-ice follow-up could not place that ask for heat or ice, or say what decides it ("ice
        // always does the trick for me, do I just carry on with it"): the advice, never "Sorry, I can't help".
        boolean askedForAdvice = alexa.getName().equals("HeatIceFollowUpIntent")
                && meant.filter(m -> m.request().equals("HeatOrIceIntent")).isPresent()
                && (reading.facts().decidesThePack() || reading.asks("heat-or-ice") || reading.asks("choose"));
        if (unresolved && !answersTheCoach && !askedForAdvice && meant.filter(Interpretation::namesSomething).isEmpty()) {
            // Unresolved words only change the intent when they name what the person wants.
            return heard;
        }
        if (meant.isEmpty() && state.adviceAsking() && !unresolved) {
            // Free text that answers nothing the coach can place, while the heat-or-ice interview waits ("oh since
            // about Tuesday I reckon"): an answer not heard, as Alexa's fallback is, so the question is asked again.
            return meant("AMAZON.FallbackIntent", Map.of());
        }
        return meant.orElse(heard);
    }

    /** When the pain started, and nothing else: the interview's answer, or the end of a sentence. */
    static final String WHEN_IT_STARTED = "WhenItStartedIntent";

    /** How many of the intent's slots hold words. */
    private static long slotsSaid(Intent alexa) {
        return alexa.getSlots() == null ? 0 : alexa.getSlots().values().stream()
                .filter(slot -> slot != null && slot.getValue() != null && !slot.getValue().isBlank()).count();
    }

    /** Words in the intent's slots, none of them a value Alexa resolved. */
    private static boolean nothingResolved(Intent alexa) {
        return nothingResolved(alexa, Set.of());
    }

    /** Words in some slot, and none of the slots but those left aside resolved to a value. */
    private static boolean nothingResolved(Intent alexa, Set<String> aside) {
        return alexa.getSlots() != null && alexa.getSlots().values().stream().anyMatch(slot -> slot != null
                && slot.getValue() != null && !slot.getValue().isBlank())
                && alexa.getSlots().keySet().stream().filter(name -> !aside.contains(name))
                .allMatch(name -> Requests.resolvedIds(alexa, name).isEmpty());
    }

    private Optional<Meaning> freeText(Reading reading, State state, boolean question) {
        boolean aside = question && reading.topic().isPresent() && !reading.asks("advise-now");
        if (state.adviceAsking() && (reading.asks("advise-now") || reading.asks("unknown") && reading.topic().isEmpty())) {
            // Pushed for an answer, or "I can't remember": the advisor answers with what it knows, or asks on.
            return Optional.of(meant("HeatOrIceIntent", Map.of()));
        }
        if (state.adviceAsking() && reading.describesThePain() && !reading.asks("choose") && !aside) {
            // The answer to the coach's heat-or-ice question, in the person's own words.
            return Optional.of(meant("HeatOrIceIntent", Map.of()));
        }
        if (state.inRoutine() && reading.asks("pain-now")) {
            return Optional.of(meant("ExercisePainIntent", Map.of()));
        }
        if (reading.facts().decidesThePack() && !reading.startsAsAQuestion() && (reading.asks("heat-or-ice")
                || reading.asks("advise-me") || reading.asks("choose")
                || reading.facts().helped() && reading.asks("keep-doing")
                // said after the advice ("oh, I forgot to say, cold gives me hives"): the advice again, for them
                || state.adviceGiven() && !state.inRoutine() && !question)) {
            // Their own situation first, which decides between heat and cold, then a request for advice ("I've had a
            // few beers, can I use my heat pad", "ice always sorts me out, shall I do that again"): the advice for
            // them (fact sheet 1.3, R2 to R4 and R7), not the answer on the topic the situation touches. Opened as a
            // question ("can I use heat if I'm diabetic"), it is asked of the topic, which answers it.
            return Optional.of(meant("HeatOrIceIntent", Map.of()));
        }
        if (!question && !reading.startsAsAQuestion() && reading.asks().equals(List.of("thanks"))
                && reading.flags().isEmpty() && !reading.describesThePain()) {
            // Thanks said with what it is for ("that hot water bottle really helped, thanks"): thanks, not the answer
            // on the topic its words touch. Thanks before a question ("thanks, how long do I leave it on") asks it.
            return Optional.of(meant("ThanksIntent", Map.of()));
        }
        boolean heatIceTopic = reading.topic().filter(HeatIceGuide.TOPICS::contains).isPresent();
        if (reading.asks("choose") && !(question && heatIceTopic)) {
            // "Heat or ice?": the person asks which, whatever else they say, unless it is a question on a
            // heat-and-ice topic ("can heat or ice fix sciatica?"), which that topic's answer covers.
            return Optional.of(meant("HeatOrIceIntent", Map.of()));
        }
        if (!question && reading.describesThePain()
                && (reading.asks("heat-or-ice") || reading.asks("advise-me") && reading.topic().isEmpty())) {
            // Someone telling their story and asking about heat or ice, or what to do: the advice, for them.
            return Optional.of(meant("HeatOrIceIntent", Map.of()));
        }
        if (reading.asks("advise-now") && !state.inRoutine()) {
            // "So which one?": the advice, from what is known (again, if it was given).
            return Optional.of(meant("HeatOrIceIntent", Map.of()));
        }
        Optional<String> strongest = reading.asks().stream().findFirst();
        if (strongest.filter("next"::equals).isPresent() && reading.asks("resume")) {
            // "carry on", "keep going": carrying on with what is in progress, which the question standing decides
            strongest = Optional.of("resume");
        }
        if (state.inRoutine() && strongest.filter(COMMANDS::containsKey).isPresent() && reading.stretch().isEmpty()) {
            return Optional.of(meant(COMMANDS.get(strongest.get()), Map.of()));
        }
        if (strongest.filter(BEFORE_TOPICS::contains).isPresent()) {
            return Optional.of(meant(ANYWHERE.get(strongest.get()), Map.of()));
        }
        Optional<String> reminder = reading.asks().stream().filter(REMINDER_ASKS::contains).findFirst();
        if (reminder.isPresent()) {
            // A reminder is about stretches, and may name a time of day a routine is named after ("each
            // morning"): what is asked is the reminder, whatever routine or topic its words also touch.
            return Optional.of(meant(ANYWHERE.get(reminder.get()), Map.of()));
        }
        if (reading.asks("guide-me") && reading.stretch().filter(id -> !id.equals(WALKING)).isEmpty()) {
            // "Can you walk me through some stretches": a routine. Its "walk" names the walking exercise and
            // topic by accident; another exercise named ("walk me through the cat cow") is explained instead.
            return Optional.of(meant("StartRoutineIntent", reading.routine().map(id -> Map.of("routine", id)).orElse(Map.of())));
        }
        if (reading.topic().isPresent()) {
            String topic = reading.topic().get();
            return Optional.of(HeatIceGuide.TOPICS.contains(topic)
                    ? meant("HeatIceFollowUpIntent", Map.of("topic", topic))
                    : meant("TopicIntent", Map.of("topic", topic)));
        }
        if (reading.stretch().isPresent()) {
            return Optional.of(meant("StretchInfoIntent", Map.of("stretch", reading.stretch().get())));
        }
        if (state.inRoutine()) {
            Optional<String> command = reading.asks().stream().filter(COMMANDS::containsKey).findFirst();
            if (command.isPresent()) {
                return Optional.of(meant(COMMANDS.get(command.get()), Map.of()));
            }
        }
        // How the back was hurt, told as a story ("I hurt my back doing my stretches"), asks for no routine: the
        // heat-or-ice advice below is for them. A routine asked for after it is asked as one ("take me through").
        boolean hurtDoingIt = !question && !reading.startsAsAQuestion() && reading.asks("hurt-doing");
        if (reading.asks("routine") && !hurtDoingIt || reading.routine().isPresent() && !reading.describesThePain()) {
            return Optional.of(meant("StartRoutineIntent",
                    reading.routine().map(id -> Map.of("routine", id)).orElse(Map.of())));
        }
        if (reading.asks("heat-or-ice") || reading.asks("advise-me") || reading.describesThePain()) {
            return Optional.of(meant("HeatOrIceIntent", Map.of()));
        }
        if (reading.asks("worse")) {
            return Optional.of(meant("CheckInIntent", Map.of("feeling", "worse")));
        }
        if (reading.asks("pain-now")) {
            return Optional.of(meant("ExercisePainIntent", Map.of()));
        }
        if (reading.asks("explain") && reading.asks("list-stretches")) {
            return Optional.of(meant("ListStretchesIntent", Map.of()));
        }
        if (reading.denies()) {
            return Optional.of(meant("SymptomDenialIntent", reading.denied().isEmpty() ? Map.of()
                    : Map.of("symptom", String.join(" ", reading.denied()))));
        }
        if (reading.asks(Understanding.SYMPTOM) && !reading.describesThePain()) {
            // A symptom the coach cannot place: asked about, neither alarm nor dismissal.
            return Optional.of(unplaced("RedFlagIntent", "symptom"));
        }
        // A question is never a yes or a no ("is it ok to..."), nor is a statement that happens to hold one.
        boolean answer = !question && reading.length() <= ANSWER_WORDS;
        Optional<String> other = reading.asks().stream().filter(ANYWHERE::containsKey)
                .filter(ask -> answer || !ask.equals("yes") && !ask.equals("no")).findFirst();
        if (other.isPresent()) {
            return Optional.of(meant(ANYWHERE.get(other.get()), Map.of()));
        }
        return Optional.empty();
    }

    /** A meaning that names a routine, an exercise or a topic, or a coaching command. */
    private static boolean namesSomething(Meaning meaning) {
        return !meaning.values().isEmpty() && !meaning.request().equals("SymptomDenialIntent")
                || COMMANDS.containsValue(meaning.request());
    }

    /** The more urgent flag first, by the tiers of the fact sheet's section 3; an unknown id last. */
    private int byTier(String one, String other) {
        return Integer.compare(rank(one), rank(other));
    }

    private int rank(String id) {
        return understanding.flag(id).map(flag -> flag.tier().ordinal()).orElse(Integer.MAX_VALUE);
    }

    /** A request naming these values, each recognised as the id given. */
    static Meaning meant(String name, Map<String, String> slotIds) {
        return Meaning.of(name, slotIds);
    }

    /** A request naming words nobody could place (a symptom the coach cannot name). */
    private static Meaning unplaced(String name, String slot) {
        return Meaning.of(name, Map.of(slot, new Meaning.Value("unplaced", List.of())), Reading.NOTHING, false);
    }
}
