package com.backrelief.coach;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.backrelief.coach.content.Content;
import com.backrelief.coach.domain.advice.HeatIceAdvisor;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.alexa.AlexaApis;
import com.backrelief.coach.domain.alexa.DeviceSettings;
import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.backrelief.coach.handlers.advice.AdviceContextInterceptor;
import com.backrelief.coach.handlers.advice.ConnectionsResponseHandler;
import com.backrelief.coach.handlers.advice.AdviceCancelHandler;
import com.backrelief.coach.handlers.advice.HeatIceFollowUpIntentHandler;
import com.backrelief.coach.handlers.advice.HeatOrIceIntentHandler;
import com.backrelief.coach.handlers.advice.QuestionReplyHandler;
import com.backrelief.coach.handlers.advice.SetTimerIntentHandler;
import com.backrelief.coach.handlers.advice.TimerOfferReplyHandler;
import com.backrelief.coach.handlers.advice.TipsOfferReplyHandler;
import com.backrelief.coach.handlers.advice.TopicIntentHandler;
import com.backrelief.coach.handlers.builtin.FallbackIntentHandler;
import com.backrelief.coach.handlers.builtin.HelpIntentHandler;
import com.backrelief.coach.handlers.builtin.NoIntentHandler;
import com.backrelief.coach.handlers.builtin.StopIntentHandler;
import com.backrelief.coach.handlers.builtin.ThanksIntentHandler;
import com.backrelief.coach.handlers.builtin.YesIntentHandler;
import com.backrelief.coach.handlers.common.CatchAllHandler;
import com.backrelief.coach.handlers.common.DeviceClock;
import com.backrelief.coach.handlers.common.ErrorHandler;
import com.backrelief.coach.handlers.common.LastAnswer;
import com.backrelief.coach.handlers.common.LoggingInterceptor;
import com.backrelief.coach.handlers.common.ProgressInterceptor;
import com.backrelief.coach.handlers.lifecycle.CanFulfillIntentHandler;
import com.backrelief.coach.handlers.lifecycle.LaunchHandler;
import com.backrelief.coach.handlers.lifecycle.SessionEndedHandler;
import com.backrelief.coach.handlers.lifecycle.SkillDisabledHandler;
import com.backrelief.coach.handlers.reminders.CancelReminderIntentHandler;
import com.backrelief.coach.handlers.reminders.ListRemindersIntentHandler;
import com.backrelief.coach.handlers.reminders.MoveReminderIntentHandler;
import com.backrelief.coach.handlers.reminders.ReminderContextInterceptor;
import com.backrelief.coach.handlers.reminders.ReminderEventsHandler;
import com.backrelief.coach.handlers.reminders.ReminderOffer;
import com.backrelief.coach.handlers.reminders.ReminderOfferReplyHandler;
import com.backrelief.coach.handlers.reminders.ReminderPermissionHandler;
import com.backrelief.coach.handlers.reminders.SetReminderIntentHandler;
import com.backrelief.coach.handlers.reminders.StretchReminders;
import com.backrelief.coach.handlers.safety.ConfirmSymptomHandler;
import com.backrelief.coach.handlers.safety.ExercisePainIntentHandler;
import com.backrelief.coach.handlers.safety.RedFlagIntentHandler;
import com.backrelief.coach.handlers.safety.SameDayHoldHandler;
import com.backrelief.coach.handlers.safety.SymptomDenialIntentHandler;
import com.backrelief.coach.handlers.safety.WorseningPainHandler;
import com.backrelief.coach.handlers.screen.Display;
import com.backrelief.coach.handlers.screen.TouchInterceptor;
import com.backrelief.coach.handlers.stretching.CheckInIntentHandler;
import com.backrelief.coach.handlers.stretching.CoachExercisePainIntentHandler;
import com.backrelief.coach.handlers.stretching.CoachNoIntentHandler;
import com.backrelief.coach.handlers.stretching.CoachYesIntentHandler;
import com.backrelief.coach.handlers.stretching.EasierIntentHandler;
import com.backrelief.coach.handlers.stretching.ExplainCurrentIntentHandler;
import com.backrelief.coach.handlers.stretching.FasterIntentHandler;
import com.backrelief.coach.handlers.stretching.HarderIntentHandler;
import com.backrelief.coach.handlers.stretching.HowAmIDoingIntentHandler;
import com.backrelief.coach.handlers.stretching.HowManyLeftIntentHandler;
import com.backrelief.coach.handlers.stretching.ListStretchesIntentHandler;
import com.backrelief.coach.handlers.stretching.NextIntentHandler;
import com.backrelief.coach.handlers.stretching.PauseIntentHandler;
import com.backrelief.coach.handlers.stretching.PreviousIntentHandler;
import com.backrelief.coach.handlers.stretching.RepeatIntentHandler;
import com.backrelief.coach.handlers.stretching.ResumeIntentHandler;
import com.backrelief.coach.handlers.stretching.RoutineCoach;
import com.backrelief.coach.handlers.stretching.SkipIntentHandler;
import com.backrelief.coach.handlers.stretching.SlowerIntentHandler;
import com.backrelief.coach.handlers.stretching.SoundsIntentHandler;
import com.backrelief.coach.handlers.stretching.StartOverIntentHandler;
import com.backrelief.coach.handlers.stretching.StartRoutineIntentHandler;
import com.backrelief.coach.handlers.stretching.StretchDetailsReplyHandler;
import com.backrelief.coach.handlers.stretching.StretchInfoIntentHandler;
import com.backrelief.coach.handlers.understanding.UnderstandingInterceptor;

import java.time.Clock;

/**
 * The skill's table of contents: every handler, in the order they are tried. The first whose
 * {@code canHandle} says yes answers, so the order is behaviour: safety first, the catch-all last.
 */
public final class CoachSkill {

    /** What the skill needs from the outside world: storage and the Alexa APIs through their ports. */
    public record Dependencies(ProgressStore store, Content content, Clock clock, AlexaApis alexa) {
    }

    private CoachSkill() {
    }

    public static CustomSkill build(Dependencies deps) {
        ProgressInterceptor progress = new ProgressInterceptor(deps.store());
        HeatIceAdvisor advisor = new HeatIceAdvisor();
        HeatIceGuide heatIce = deps.content().heatIce();
        EmergencyNumbers numbers = deps.content().numbers();
        StretchCatalogue catalogue = deps.content().catalogue();
        DeviceSettings timeZone = deps.alexa().settings();
        RoutineCoach coach = new RoutineCoach(catalogue, deps.clock(), timeZone, numbers);
        DeviceClock device = new DeviceClock(deps.clock(), timeZone);
        StretchReminders reminders = new StretchReminders(deps.alexa().reminders(), device);
        return new CustomSkillBuilder()
                .addRequestInterceptor(new LoggingInterceptor())
                // a screen, if the device has one; a touch is heard as the words its button stands for
                .addRequestInterceptor(new Display(deps.content().screens()))
                .addRequestInterceptor(new TouchInterceptor())
                // the words are read once, before anything acts on them: a red flag anywhere is a red flag
                .addRequestInterceptor(new UnderstandingInterceptor(deps.content().understanding(), numbers, device))
                .addRequestInterceptor(progress)
                .addRequestInterceptor(new AdviceContextInterceptor())
                .addRequestInterceptor(new ReminderContextInterceptor())
                .addRequestHandlers(
                        // safety first: a red flag or pain in an exercise wins over any routine or dialog
                        new RedFlagIntentHandler(deps.content().redFlags(), numbers),
                        new ConfirmSymptomHandler(deps.content().redFlags(), deps.content().understanding(), numbers),
                        new CoachExercisePainIntentHandler(coach),
                        new QuestionReplyHandler(advisor, heatIce, numbers),
                        new AdviceCancelHandler(),
                        new ExercisePainIntentHandler(),
                        new SameDayHoldHandler(numbers),
                        // what the person came for
                        new StretchInfoIntentHandler(catalogue),
                        new ListStretchesIntentHandler(catalogue),
                        new HeatOrIceIntentHandler(advisor, heatIce, numbers),
                        new HeatIceFollowUpIntentHandler(heatIce, numbers),
                        new TopicIntentHandler(deps.content().topics(), numbers),
                        new TipsOfferReplyHandler(heatIce),
                        new TimerOfferReplyHandler(heatIce, deps.alexa().timers()),
                        new SetTimerIntentHandler(heatIce, deps.alexa().timers()),
                        new ConnectionsResponseHandler(heatIce, deps.alexa().timers()),
                        // the daily stretch reminder: yes to its offer, by voice, the permission answer, Alexa's events
                        new ReminderOfferReplyHandler(reminders),
                        new SetReminderIntentHandler(reminders),
                        new MoveReminderIntentHandler(reminders),
                        new ListRemindersIntentHandler(reminders),
                        new CancelReminderIntentHandler(reminders),
                        new ReminderPermissionHandler(reminders),
                        new ReminderEventsHandler(deps.alexa().reminders()),
                        new StartRoutineIntentHandler(coach),
                        new NextIntentHandler(coach),
                        new PreviousIntentHandler(coach),
                        new RepeatIntentHandler(coach),
                        new PauseIntentHandler(coach),
                        new ResumeIntentHandler(coach),
                        new StartOverIntentHandler(coach),
                        new SkipIntentHandler(coach),
                        new HowManyLeftIntentHandler(coach),
                        new ExplainCurrentIntentHandler(coach),
                        new EasierIntentHandler(coach),
                        new HarderIntentHandler(coach),
                        new SlowerIntentHandler(coach),
                        new FasterIntentHandler(coach),
                        new SoundsIntentHandler(),
                        new HowAmIDoingIntentHandler(coach),
                        new CheckInIntentHandler(coach, numbers, new ReminderOffer(device)),
                        new WorseningPainHandler(numbers),
                        new StretchDetailsReplyHandler(catalogue),
                        new CoachYesIntentHandler(coach),
                        new CoachNoIntentHandler(coach),
                        // a denial raises no alarm, so a dialog in progress above may take it as its answer
                        new SymptomDenialIntentHandler(deps.content().redFlags()),
                        // built-ins
                        new HelpIntentHandler(numbers),
                        new ThanksIntentHandler(),
                        new StopIntentHandler(),
                        new FallbackIntentHandler(deps.content().understanding().freeTextIntents(), numbers),
                        new YesIntentHandler(),
                        new NoIntentHandler(),
                        // lifecycle
                        new LaunchHandler(deps.clock(), coach),
                        new SessionEndedHandler(),
                        new SkillDisabledHandler(deps.store()),
                        new CanFulfillIntentHandler(),
                        // anything else
                        new CatchAllHandler())
                .addResponseInterceptor(new LastAnswer())
                .addResponseInterceptor(progress)
                .addExceptionHandler(new ErrorHandler())
                .build();
    }
}
