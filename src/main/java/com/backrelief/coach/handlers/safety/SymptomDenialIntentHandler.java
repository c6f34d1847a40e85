package com.backrelief.coach.handlers.safety;

import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.backrelief.coach.handlers.advice.AdviceSession;
import com.backrelief.coach.speech.Speech;

import java.util.List;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Heard;
import com.backrelief.coach.handlers.common.Requests;

import java.util.Optional;

/** "No fever", "I don't have any numbness": never an alarm; thank the person and carry on. */
public final class SymptomDenialIntentHandler implements RequestHandler {

    public static final String INTENT = "SymptomDenialIntent";
    public static final String SLOT = "symptom";
    /** A whole denial sentence, by the flag it denies. */
    public static final String DENIAL_SLOT = "denial";

    private final RedFlagScreen screen;

    public SymptomDenialIntentHandler(RedFlagScreen screen) {
        this.screen = screen;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (unplaced(input, SLOT) || unplaced(input, DENIAL_SLOT)) {
            // "No" before words the model does not know, or such words in a whole denial sentence's place, may not be
            // a denial at all (a flag in them was read before this, and is the flag): ask, don't dismiss.
            return RedFlagIntentHandler.tellMeMore(input);
        }
        // The symptom denied: in a denial's slot ("no {symptom}"), or a whole denial sentence's ("my legs are fine").
        Optional<String> flag = Requests.resolvedIds(input, SLOT).stream().findFirst()
                .or(() -> Requests.resolvedIds(input, DENIAL_SLOT).stream().findFirst());
        boolean asked = AdviceSession.interviewing(input) || Confirmation.pending(input).isPresent();
        if (flag.isEmpty() && !Heard.reading(input).denies() && !asked) {
            // A denial with no symptom in it and no words read that deny one, when the coach asked about none: nothing
            // is known to be denied, so never "Good": the words, whole.
            return RedFlagIntentHandler.tellMeMore(input);
        }
        // "No injury" is part of the person's story, not a symptom that could have been misheard.
        if (flag.isPresent() && !flag.get().equals("E6") && !asked) {
            // A denial counts only where the coach asked about symptoms: otherwise it may be the symptom itself,
            // misheard ("there's numbness in my groin"), so one question first, never "Good".
            Confirmation.ask(input, flag.get());
            Speech question = Speech.of("Just to be sure I heard you right: do you have " + withArticle(named(input, flag.get()))
                    + "?");
            return Answer.ask(input, question, question);
        }
        return Answer.ask(input, SafetyReplies.thanksForTelling().then(CommonReplies.whatNext()),
                CommonReplies.whatNext());
    }

    /** Words in the slot that Alexa could not resolve to a value of its type. */
    private static boolean unplaced(HandlerInput input, String slot) {
        return Requests.spoken(input, slot).isPresent() && Requests.resolvedIds(input, slot).isEmpty();
    }

    /** "a fever", "a high temperature": the few names said with an article. */
    private static String withArticle(String name) {
        return name.matches("(fever|temperature|high temperature|lump|lump on your back)") ? "a " + name : name;
    }

    /** The symptom as the person said it ("numbness in your groin"), or by its name ("numbness down there"). */
    private String named(HandlerInput input, String flag) {
        Optional<String> spoken = Requests.spoken(input, SLOT).filter(words -> !words.matches("[A-Z][0-9A-Z ]*"));
        if (spoken.isPresent()) {
            return (" " + spoken.get().toLowerCase(java.util.Locale.ROOT) + " ").replace(" my ", " your ")
                    .replace(" i'm ", " you're ").replace(" me ", " you ").strip();
        }
        List<String> names = screen.deniedNames().getOrDefault(flag, List.of());
        return names.stream().filter(name -> name.contains(" ")).findFirst()
                .or(() -> names.stream().findFirst())
                .orElse(screen.flag(flag).map(f -> f.summary().toLowerCase(java.util.Locale.ROOT).replaceAll("[.]$", ""))
                        .orElse("that"));
    }
}
