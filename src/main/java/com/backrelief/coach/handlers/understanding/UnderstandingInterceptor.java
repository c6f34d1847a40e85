package com.backrelief.coach.handlers.understanding;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.backrelief.coach.conversation.Meaning;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.domain.safety.RedFlag;
import com.backrelief.coach.domain.safety.Tier;
import com.backrelief.coach.domain.understanding.Reading;
import com.backrelief.coach.domain.understanding.Understanding;
import com.backrelief.coach.handlers.advice.SpokenDuration;
import com.backrelief.coach.handlers.common.DeviceClock;
import com.backrelief.coach.handlers.common.Heard;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.safety.SafetyReplies;
import com.backrelief.coach.handlers.safety.SafetyState;
import com.backrelief.coach.speech.Speech;
import com.backrelief.coach.logging.RequestLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every request's words once, before any handler, so that a red flag is caught the same way
 * in every state, and the request becomes one {@link Meaning}: free text the request it means ({@link Interpretation}).
 */
public final class UnderstandingInterceptor implements RequestInterceptor {

    /**
     * The free-text slots of the model (AMAZON.SearchQuery, the subject of a question, a whole denial sentence, the
     * words of pain in an exercise), whose words are read.
     */
    static final List<String> READ_SLOTS = List.of("description", "question", "subject", "denial", "pain");

    private static final String CHECK_IN = "CheckInIntent";

    /** RedFlagIntent's slot for being pregnant, or having just had a baby, said with a symptom. */
    static final String PREGNANCY_SLOT = "pregnancy";

    private static final int MAX_CHARS = 1_000;

    private final Understanding understanding;
    private final Interpretation interpretation;
    private final EmergencyNumbers numbers;
    private final DeviceClock device;

    public UnderstandingInterceptor(Understanding understanding, EmergencyNumbers numbers, DeviceClock device) {
        this.understanding = understanding;
        this.interpretation = new Interpretation(understanding);
        this.numbers = numbers;
        this.device = device;
    }

    @Override
    public void process(HandlerInput input) {
        if (!(input.getRequestEnvelope().getRequest() instanceof IntentRequest request) || request.getIntent() == null
                || request.getIntent().getName() == null) {
            return;
        }
        Intent intent = request.getIntent();
        State state = State.of(input);
        String text = words(intent);
        if (text.isBlank() && intent.getName().equals(CHECK_IN) && !state.checkingIn()
                && !Requests.resolvedIds(intent, "feeling").isEmpty()) {
            // "It's no better", said when the coach has not asked how the back feels after a routine: words about
            // the pain, read as any description is ("no better" for weeks is a reason to see someone). Words the
            // feeling could not take are read below, as any unresolved words are.
            text = Requests.spoken(intent, "feeling").map(feeling -> "it's " + feeling).orElse("");
        }
        Optional<Understanding.Carrier> carrier = understanding.carrier(intent.getName());
        if (carrier.isPresent() && !text.isBlank()) {
            text = carrier.get().words() + " " + text;
        }
        boolean unresolved = false;
        if (text.isBlank()) {
            // Words Alexa could not resolve for a slot ("start a core workout") are read as free text too; those of a
            // denial with the "no" its samples put around them ("no injury, nothing down my legs").
            String words = unresolved(intent);
            text = words.isBlank() || !NEGATED.contains(intent.getName()) ? words : "no " + words;
            unresolved = !text.isBlank();
        }
        Reading reading = text.isBlank() ? Reading.NOTHING : understanding.read(text, weekday(input, text));
        reading = inContext(input, text, reading);
        boolean question = carrier.map(Understanding.Carrier::question).orElse(false);
        Meaning meant = interpretation.meaning(intent, reading, state, question, unresolved);
        if (saidEarlier(input, UNDER_16) && Interpretation.EXERCISE_INTENTS.contains(meant.request())) {
            // Said earlier in the session: under 16, no routine or harder exercise (fact sheet 3.5).
            meant = Interpretation.meant("RedFlagIntent", Map.of("symptom", UNDER_16_FLAG));
        }
        if (ReminderWords.INTENTS.contains(meant.request()) && !meant.request().equals(intent.getName())) {
            meant = ReminderWords.withSlots(meant, text);
        }
        meant = meant.withReading(reading);
        input.getAttributesManager().getRequestAttributes().put(Heard.KEY, new Heard(meant, lead(input, reading, meant)));
        if (!meant.request().equals(intent.getName())) {
            RequestLog.current().heardAs(meant.request());
        }
    }

    /**
     * Fact sheet 3.5, a flag and a question in one sentence: a see-someone-soon flag that gave way to the question
     * leads its answer, so the advice to be seen is never dropped.
     */
    private Speech lead(HandlerInput input, Reading reading, Meaning meant) {
        Optional<RedFlag> gaveWay = reading.flags().stream().findFirst().flatMap(understanding::flag)
                .filter(flag -> flag.tier() == Tier.SOON);
        if (gaveWay.isEmpty() || "RedFlagIntent".equals(meant.request())) {
            return Speech.empty();
        }
        LocalHelp help = Requests.localHelp(input, numbers);
        return SafetyReplies.soon(help, gaveWay.get());
    }

    /** Session attributes for what was said earlier in the session and changes how later words are read. */
    private static final String PREGNANT = SafetyState.SAID_PREGNANT;
    private static final String UNDER_16 = SafetyState.SAID_UNDER_16;
    private static final String UNDER_16_FLAG = "Y1";
    private static final java.util.regex.Pattern PREGNANCY = java.util.regex.Pattern.compile(
            "(?i)\\b(pregnan\\w*|expecting a baby|weeks along|my midwife|my bump)\\b");

    /**
     * What was said earlier in the session counts: once a person has said they are pregnant, a later "I've had some
     * bleeding" is read as a pregnancy warning sign too (fact sheet 3.4). Kept in the session only, never stored.
     */
    private Reading inContext(HandlerInput input, String text, Reading reading) {
        if (reading.flags().contains(UNDER_16_FLAG)) {
            remember(input, UNDER_16);
        }
        if (PREGNANCY.matcher(text).find()) {
            remember(input, PREGNANT);
            return reading;
        }
        if (text.isBlank() || !saidEarlier(input, PREGNANT)) {
            return reading;
        }
        List<String> signs = understanding.read("i'm pregnant and " + text).flags().stream()
                .filter(id -> understanding.flag(id).filter(flag -> flag.tier() == Tier.MATERNITY
                        || id.startsWith("EP")).isPresent() && !reading.flags().contains(id)).toList();
        if (signs.isEmpty()) {
            return reading;
        }
        List<String> flags = new ArrayList<>(signs);
        flags.addAll(reading.flags());
        flags.sort(java.util.Comparator.comparing(id -> understanding.flag(id).map(f -> f.tier().ordinal()).orElse(9)));
        return new Reading(flags, reading.denied(), reading.denies(), reading.facts(), reading.asks(), reading.topic(),
                reading.stretch(), reading.routine(), reading.unsure(), reading.length(), reading.startsAsAQuestion());
    }

    private static void remember(HandlerInput input, String what) {
        if (input.getRequestEnvelope().getSession() != null) {
            input.getAttributesManager().getSessionAttributes().put(what, true);
        }
    }

    private static boolean saidEarlier(HandlerInput input, String what) {
        return input.getRequestEnvelope().getSession() != null
                && Boolean.TRUE.equals(input.getAttributesManager().getSessionAttributes().get(what));
    }

    /** The person's weekday, asked of the device only when the words name a day ("on Saturday"). */
    private java.time.DayOfWeek weekday(HandlerInput input, String text) {
        String words = text.toLowerCase(java.util.Locale.ROOT);
        boolean namesADay = java.util.stream.Stream.of(java.time.DayOfWeek.values())
                .anyMatch(day -> words.contains(day.name().toLowerCase(java.util.Locale.ROOT)));
        return namesADay ? device.today(input).getDayOfWeek() : null;
    }

    /** When the pain started, as Alexa sends it for AMAZON.DURATION ("P6M"), in words ("it started 6 months ago"). */
    static Optional<String> spokenDuration(String iso) {
        return SpokenDuration.inWords(iso).map(words -> "it started " + words + " ago");
    }

    /** Intents whose samples say "no" around the slot: their slot words alone mean the opposite. */
    static final List<String> NEGATED = List.of("SymptomDenialIntent");

    /** Intents whose every slot holds what the person said about their pain (a typed value aside). */
    static final List<String> DESCRIPTIONS = List.of("RedFlagIntent", "HeatOrIceIntent", Interpretation.WHEN_IT_STARTED);

    /** The words of slots Alexa could not resolve to a value of their type. */
    static String unresolved(Intent intent) {
        Map<String, Slot> slots = intent.getSlots();
        if (slots == null) {
            return "";
        }
        List<String> said = new ArrayList<>();
        for (Slot slot : slots.values()) {
            boolean noMatch = slot != null && slot.getValue() != null && slot.getResolutions() != null
                    && slot.getResolutions().getResolutionsPerAuthority() != null
                    && slot.getResolutions().getResolutionsPerAuthority().stream().allMatch(resolution -> resolution != null
                    && resolution.getStatus() != null && resolution.getStatus().getCode() == StatusCode.ER_SUCCESS_NO_MATCH);
            if (noMatch && !slot.getValue().isBlank()) {
                said.add(slot.getValue());
            }
        }
        String text = String.join(" ", said);
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    /** The slot whose words come first in the samples that hold it with others. */
    private static final String SAID_FIRST = "injury";

    /** The words to read: the free-text slots, and what Alexa heard for a red flag or for the pain. */
    static String words(Intent intent) {
        Map<String, Slot> slots = intent.getSlots();
        if (slots == null) {
            return "";
        }
        List<String> said = new ArrayList<>();
        Optional<String> pregnancy = Requests.spoken(intent, PREGNANCY_SLOT);
        if (pregnancy.isPresent()) {
            // "i'm {pregnancy} and {symptom}": the signs are read as said in pregnancy, whatever order Alexa sends
            boolean baby = Requests.resolvedIds(intent, PREGNANCY_SLOT).contains("just-had-a-baby");
            said.add(baby ? "i've just had a baby and" : "i'm " + pregnancy.get() + " and");
        }
        List<Map.Entry<String, Slot>> inOrder = new ArrayList<>(slots.entrySet());
        // How it happened first, as the samples say it ("i {injury} {onsetWords}": "slipped" then "a disc three days
        // ago"), so that words said together are read together whatever order Alexa sends the slots in.
        inOrder.sort(java.util.Comparator.comparing(slot -> !slot.getKey().equals(SAID_FIRST)));
        for (Map.Entry<String, Slot> slot : inOrder) {
            if (slot.getKey().equals(PREGNANCY_SLOT)) {
                continue;
            }
            boolean read = READ_SLOTS.contains(slot.getKey()) || DESCRIPTIONS.contains(intent.getName());
            String value = slot.getValue() == null ? null : slot.getValue().getValue();
            if (!read || value == null || value.isBlank()) {
                continue;
            }
            Optional<String> when = DESCRIPTIONS.contains(intent.getName()) ? spokenDuration(value) : Optional.empty();
            if (when.isPresent()) {
                // How long ago the pain started ("for six months" as P6M) is read in words, first: over twelve weeks is
                // a flag, and an accident that long ago is history.
                said.add(pregnancy.isPresent() ? 1 : 0, when.get());
            } else if (!value.matches("P[0-9YWDTHMS.]*|-?[0-9.]+")) {
                said.add(value);
            }
        }
        String text = String.join(" ", said);
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }
}
