package com.backrelief.coach;

import com.amazon.ask.CustomSkill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.backrelief.coach.ask.ConversationHandler;
import com.backrelief.coach.conversation.Outcome.Move;
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
 * The skill's table of contents. A request is heard (the interceptors: the screen, a touch, the words read once),
 * then decided by the conversation ({@link ConversationHandler}: the state the session holds and what the request
 * means pick one move), then answered by the one handler that move or request has. The handler list keeps only
 * what Alexa's request types need (lifecycle, events, permission answers); no two handle the same request.
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
        FallbackIntentHandler notUnderstood = new FallbackIntentHandler(deps.content().understanding().freeTextIntents(), numbers);
        // Decide: every request that means an intent goes to the conversation, which picks its one answer.
        ConversationHandler conversation = ConversationHandler.builder()
                // safety, the same in every state
                .move(Move.ALERT, new RedFlagIntentHandler(deps.content().redFlags(), numbers))
                .move(Move.CONFIRM_FLAG, new ConfirmSymptomHandler(deps.content().redFlags(), deps.content().understanding(), numbers))
                .move(Move.STOP_FOR_PAIN, new CoachExercisePainIntentHandler(coach))
                .move(Move.HOLD_FOR_SAME_DAY, new SameDayHoldHandler(numbers))
                // the answers to the coach's own questions
                .move(Move.ANSWER_INTERVIEW, new QuestionReplyHandler(advisor, heatIce, numbers))
                .move(Move.CANCEL_INTERVIEW, new AdviceCancelHandler())
                .move(Move.REPLY_TO_TIPS, new TipsOfferReplyHandler(heatIce))
                .move(Move.REPLY_TO_TIMER, new TimerOfferReplyHandler(heatIce, deps.alexa().timers()))
                .move(Move.REPLY_TO_REMINDER, new ReminderOfferReplyHandler(reminders))
                .move(Move.CANCEL_NEW_REMINDER, new CancelReminderIntentHandler(reminders))
                .move(Move.REPLY_TO_STRETCH_DETAILS, new StretchDetailsReplyHandler(catalogue))
                .move(Move.ROUTINE_YES, new CoachYesIntentHandler(coach))
                .move(Move.ROUTINE_NO, new CoachNoIntentHandler(coach))
                .move(Move.CHECK_IN, new CheckInIntentHandler(coach, numbers, new ReminderOffer(device)))
                .move(Move.WORSENING, new WorseningPainHandler(numbers))
                .move(Move.PLAIN_YES, new YesIntentHandler())
                .move(Move.PLAIN_NO, new NoIntentHandler())
                .move(Move.LEAVE, new StopIntentHandler())
                // what the person came for, one answer per request
                .request(new ExercisePainIntentHandler(), ExercisePainIntentHandler.INTENT)
                .request(new SymptomDenialIntentHandler(deps.content().redFlags()), SymptomDenialIntentHandler.INTENT)
                .request(new StretchInfoIntentHandler(catalogue), StretchInfoIntentHandler.INTENT)
                .request(new ListStretchesIntentHandler(catalogue), ListStretchesIntentHandler.INTENT)
                .request(new HeatOrIceIntentHandler(advisor, heatIce, numbers), HeatOrIceIntentHandler.INTENT)
                .request(new HeatIceFollowUpIntentHandler(heatIce, numbers), HeatIceFollowUpIntentHandler.INTENT)
                .request(new TopicIntentHandler(deps.content().topics(), numbers), TopicIntentHandler.INTENT)
                .request(new SetTimerIntentHandler(heatIce, deps.alexa().timers()), SetTimerIntentHandler.INTENT)
                .request(new SetReminderIntentHandler(reminders), SetReminderIntentHandler.INTENT)
                .request(new MoveReminderIntentHandler(reminders), MoveReminderIntentHandler.INTENT)
                .request(new ListRemindersIntentHandler(reminders), ListRemindersIntentHandler.INTENT)
                .request(new CancelReminderIntentHandler(reminders), CancelReminderIntentHandler.INTENT)
                .request(new StartRoutineIntentHandler(coach), StartRoutineIntentHandler.INTENT)
                .request(new NextIntentHandler(coach), "AMAZON.NextIntent")
                .request(new PreviousIntentHandler(coach), "AMAZON.PreviousIntent")
                .request(new RepeatIntentHandler(coach), "AMAZON.RepeatIntent")
                .request(new PauseIntentHandler(coach), "AMAZON.PauseIntent")
                .request(new ResumeIntentHandler(coach), "AMAZON.ResumeIntent")
                .request(new StartOverIntentHandler(coach), "AMAZON.StartOverIntent")
                .request(new SkipIntentHandler(coach), "SkipIntent")
                .request(new HowManyLeftIntentHandler(coach), "HowManyLeftIntent")
                .request(new ExplainCurrentIntentHandler(coach), "ExplainCurrentIntent")
                .request(new EasierIntentHandler(coach), "EasierIntent")
                .request(new HarderIntentHandler(coach), "HarderIntent")
                .request(new SlowerIntentHandler(coach), "SlowerIntent")
                .request(new FasterIntentHandler(coach), "FasterIntent")
                .request(new SoundsIntentHandler(), "SoundsOffIntent", "SoundsOnIntent")
                .request(new HowAmIDoingIntentHandler(coach), "HowAmIDoingIntent")
                .request(new HelpIntentHandler(numbers), "AMAZON.HelpIntent")
                .request(new ThanksIntentHandler(), ThanksIntentHandler.INTENT)
                .request(notUnderstood, notUnderstood.intents())
                .otherwise(new CatchAllHandler());
        return new CustomSkillBuilder()
                .addRequestInterceptor(new LoggingInterceptor())
                // Hear: a screen, if the device has one; a touch is heard as the words its button stands for
                .addRequestInterceptor(new Display(deps.content().screens()))
                .addRequestInterceptor(new TouchInterceptor())
                // the words are read once, before anything acts on them: a red flag anywhere is a red flag
                .addRequestInterceptor(new UnderstandingInterceptor(deps.content().understanding(), numbers, device))
                .addRequestInterceptor(progress)
                .addRequestInterceptor(new AdviceContextInterceptor())
                // Each request type has one handler; none of them overlap, so their order decides nothing.
                .addRequestHandlers(
                        conversation,
                        // Alexa's answers to the permission questions, and its reminder events
                        new ConnectionsResponseHandler(heatIce, deps.alexa().timers()),
                        new ReminderPermissionHandler(reminders),
                        new ReminderEventsHandler(deps.alexa().reminders()),
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
