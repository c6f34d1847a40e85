package com.backrelief.coach.handlers.safety;

import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.domain.safety.RedFlag;
import com.backrelief.coach.speech.Speech;

/** What to do about a red flag, in the fact sheet's section 5 wording, with the locale's numbers. */
public final class SafetyReplies {

    private SafetyReplies() {
    }

    /** Help now, and nothing else: no heat, ice or exercise words. */
    public static Speech emergency(LocalHelp help) {
        return emergency(help, RedFlag.Help.CALL_OR_GO);
    }

    /**
     * Help now, in the fact sheet's section 5 wording: call or be taken to the emergency department for the
     * cauda equina signs; call only, and don't drive, for major trauma, chest pain and tearing pain or
     * faintness; after a serious fall or crash, stay still too.
     */
    public static Speech emergency(LocalHelp help, RedFlag.Help how) {
        Speech call = callNumber(help);
        Speech serious = Speech.of("What you're describing can be a sign of a serious problem that needs help right now.");
        if (how == RedFlag.Help.CALL_OR_GO) {
            return serious.then(call)
                    .then("now, or have someone take you to " + help.emergencyPlace() + ".")
                    .then(help.alsoAfterEmergency().map(Speech::of).orElse(Speech.empty()))
                    .then("Don't wait to see if it gets better. I can't make the call for you.");
        }
        Speech callOnly = serious.then(call).then("now.")
                .then(help.alsoAfterEmergency().map(Speech::of).orElse(Speech.empty())).then("Don't drive yourself.");
        if (how == RedFlag.Help.CALL_AND_STAY_STILL) {
            callOnly = callOnly.then("If your neck or back hurts, or your legs feel strange, stay still until help arrives.");
        }
        return callOnly.then("I can't make the call for you.");
    }

    public static Speech urgent(LocalHelp help) {
        Speech what = help.sameDayCall()
                .map(number -> Speech.of("Please call").thenDigits(number).then("or " + help.sameDay() + "."))
                .orElse(Speech.of("Please " + help.sameDay() + "."));
        return Speech.of("That's something a doctor should check today.").then(what)
                .then(help.alsoAfterSameDay().map(Speech::of).orElse(Speech.empty()));
    }

    /**
     * A same-day flag's advice, then, where the flag neighbours emergency signs, what would make it an emergency and
     * the number to call ("If it spreads to your chest, arm or jaw, or you're short of breath, call 911 now."): Alexa
     * may have sent only part of what was said.
     */
    public static Speech urgent(LocalHelp help, RedFlag flag) {
        return urgent(help).then(flag.emergencySigns()
                .map(signs -> Speech.of(signs).then(callNumber(help, "call")).then("now."))
                .orElse(Speech.empty()));
    }

    /** "Please call 911" or "Please call triple zero": the locale's number as its people say it. */
    public static Speech callNumber(LocalHelp help) {
        return callNumber(help, "Please call");
    }

    private static Speech callNumber(LocalHelp help, String please) {
        if (help.spokenEmergency().isPresent()) {
            return Speech.of(please + " " + help.spokenEmergency().get());
        }
        return help.emergency().map(number -> Speech.of(please).thenDigits(number))
                .orElse(Speech.of(please + " your local emergency number"));
    }

    /** Fact sheet, section 3.4: a pregnancy warning sign needs the maternity team now, not a routine appointment. */
    public static Speech maternity(LocalHelp help) {
        return Speech.of("Because you're pregnant, that needs checking now. Please call " + help.maternity()
                + " straight away. If you're bleeding heavily or the pain is severe and constant,")
                .then(callNumber(help, "please call")).then("instead.");
    }

    /** A see-someone-soon flag: its own advice where it has one (under 16), or an appointment in the next few days. */
    public static Speech soon(LocalHelp help, RedFlag flag) {
        return flag.ownAdvice().map(Speech::of).orElseGet(() -> soon(help));
    }

    static Speech soon(LocalHelp help) {
        return Speech.of("It would be a good idea to book an appointment with " + help.clinician()
                + " in the next few days.");
    }

    /**
     * Pain getting worse, outside an exercise: the fact sheet's section 3 (NHS: get help if the pain
     * is very severe or getting worse) in the section 5 wording, see someone soon, today if very severe.
     */
    static Speech worsening(LocalHelp help) {
        Speech today = help.sameDayCall()
                .map(number -> Speech.of("If it becomes very severe, please call").thenDigits(number)
                        .then("or " + help.sameDay() + "."))
                .orElse(Speech.of("If it becomes very severe, please " + help.sameDay() + "."));
        return Speech.of("Back pain that keeps getting worse should be checked.").then(soon(help)).then(today);
    }

    public static Speech whatNow() {
        return Speech.of("You can ask me something else, or say stop. What would you like to do?");
    }

    static Speech tellMeMore() {
        return Speech.of("I want to be sure I understand.").then(tellMeMoreReprompt());
    }

    static Speech tellMeMoreReprompt() {
        return Speech.of("Can you tell me more about what you're noticing?");
    }

    static Speech thanksForTelling() {
        return Speech.of("Good, thanks for telling me.");
    }

    /** Fact sheet, section 5: stop exercise. */
    public static Speech stopExercise() {
        return Speech.of("Let's stop here. If the pain is sharp, spreads down your leg, or you notice any new "
                + "numbness, please don't continue.");
    }

    static Speech afterStopping() {
        return Speech.of("What would you like to do next: hear about a different stretch, or stop for now?");
    }
}
