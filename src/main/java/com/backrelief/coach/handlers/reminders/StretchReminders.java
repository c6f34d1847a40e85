package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.PermissionStatus;
import com.amazon.ask.model.Permissions;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Scope;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.backrelief.coach.domain.alexa.ApiAccess;
import com.backrelief.coach.domain.alexa.Reminder;
import com.backrelief.coach.domain.alexa.ReminderAnswer;
import com.backrelief.coach.domain.alexa.Reminders;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.reminders.DailyReminder;
import com.backrelief.coach.domain.reminders.ReminderSchedule;
import com.backrelief.coach.handlers.common.AlexaAccess;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.AppCard;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.DeviceClock;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.common.UserProgress;
import com.backrelief.coach.handlers.stretching.ActiveRoutine;
import com.backrelief.coach.logging.RequestLog;
import com.backrelief.coach.speech.Speech;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The daily stretch reminder, through Alexa's {@link Reminders}: set, move, read and stop it, keeping
 * its token with the person's progress. Without the person's permission it asks for it by voice (a
 * skill connection to Alexa's permission task); the answer comes back as a {@code Connections.Response}
 * whose token says what was being done ({@link ReminderPermissionHandler}). A permission turned off,
 * a reminder deleted in the Alexa app, the limit on reminders and a failing API are each said plainly.
 */
public final class StretchReminders {

    static final String SCOPE = "alexa::alerts:reminders:skill:readwrite";
    static final String TOKEN = "stretch-reminder";

    /** What a permission question was asked for, carried in its token. */
    enum Action { SET, MOVE, LIST, STOP }

    private final Reminders reminders;
    private final DeviceClock device;

    public StretchReminders(Reminders reminders, DeviceClock device) {
        this.reminders = reminders;
        this.device = device;
    }

    DeviceClock device() {
        return device;
    }

    /** Sets the reminder (replacing the one the person has); {@code mayAsk} allows asking for permission by voice. */
    Optional<Response> set(HandlerInput input, ReminderSchedule schedule, boolean mayAsk) {
        return set(input, schedule, mayAsk, ReminderReplies.set(schedule));
    }

    private Optional<Response> set(HandlerInput input, ReminderSchedule schedule, boolean mayAsk, Speech done) {
        if (!permitted(input)) {
            return notPermitted(input, Action.SET, schedule, mayAsk, Speech.empty());
        }
        Optional<DailyReminder> existing = stored(input);
        ReminderAnswer answer = existing.isPresent()
                ? reminders.update(access(input), existing.get().token(), reminder(input, schedule))
                : reminders.create(access(input), reminder(input, schedule));
        if (existing.isPresent() && answer.ok()) {
            answer = new ReminderAnswer(ReminderAnswer.Outcome.OK, existing.get().token(), List.of());
        } else if (existing.isPresent() && answer.outcome() == ReminderAnswer.Outcome.NOT_FOUND) {
            forget(input);
            answer = reminders.create(access(input), reminder(input, schedule));
        }
        if (answer.ok()) {
            String token = answer.alertToken();
            UserProgress.of(input).update(progress -> progress.withReminder(new DailyReminder(token, schedule)));
            AppCard.send(input, ReminderReplies.card(schedule));
            ReminderSession.of(input).justSet();
            return answer(input, done, false);
        }
        return trouble(input, answer.outcome(), Action.SET, schedule, mayAsk, "set the reminder");
    }

    /** Moves the person's reminder to {@code schedule}; without one, sets it (and says so). */
    Optional<Response> move(HandlerInput input, ReminderSchedule schedule, boolean mayAsk) {
        Optional<DailyReminder> existing = stored(input);
        if (existing.isEmpty()) {
            return set(input, schedule, mayAsk, ReminderReplies.movedWithoutOne(schedule));
        }
        if (!permitted(input)) {
            return notPermitted(input, Action.MOVE, schedule, mayAsk, ReminderReplies.permissionTurnedOff());
        }
        ReminderAnswer answer = reminders.update(access(input), existing.get().token(),
                reminder(input, schedule));
        if (answer.ok()) {
            UserProgress.of(input).update(progress -> progress.withReminder(existing.get().rescheduled(schedule)));
            AppCard.send(input, ReminderReplies.card(schedule));
            ReminderSession.of(input).justSet();
            return answer(input, ReminderReplies.moved(schedule), false);
        }
        if (answer.outcome() == ReminderAnswer.Outcome.NOT_FOUND) {
            forget(input);
            return offerAgain(input, schedule);
        }
        return trouble(input, answer.outcome(), Action.MOVE, schedule, mayAsk, "move the reminder");
    }

    /** Says which reminder the person has, as Alexa has it: a token Alexa no longer knows is forgotten. */
    Optional<Response> list(HandlerInput input, boolean mayAsk) {
        Optional<DailyReminder> existing = stored(input);
        if (!permitted(input)) {
            return existing.isEmpty() ? answer(input, ReminderReplies.none(), false)
                    : notPermitted(input, Action.LIST, existing.get().schedule(), mayAsk, ReminderReplies.permissionTurnedOff());
        }
        ReminderAnswer answer = reminders.list(access(input));
        if (!answer.ok()) {
            if (answer.outcome() == ReminderAnswer.Outcome.NOT_PERMITTED) {
                ReminderSchedule known = existing.map(DailyReminder::schedule).orElse(null);
                return known == null ? answer(input, ReminderReplies.none(), false)
                        : notPermitted(input, Action.LIST, known, mayAsk, ReminderReplies.permissionTurnedOff());
            }
            return existing.map(reminder -> answer(input, ReminderReplies.lastKnown(reminder.schedule()), false))
                    .orElseGet(() -> answer(input, ReminderReplies.failed("check your reminders"), false));
        }
        List<ReminderAnswer.Listed> on = answer.alerts().stream().filter(ReminderAnswer.Listed::on).toList();
        Optional<ReminderAnswer.Listed> same = existing.flatMap(reminder -> on.stream().filter(a -> reminder.is(a.alertToken())).findFirst());
        if (same.isPresent()) {
            ReminderSchedule schedule = ReminderSchedule.fromRule(same.get().recurrenceRule()).orElse(existing.get().schedule());
            if (!schedule.equals(existing.get().schedule())) {
                UserProgress.of(input).update(progress -> progress.withReminder(existing.get().rescheduled(schedule)));
            }
            return answer(input, ReminderReplies.have(schedule), false);
        }
        for (ReminderAnswer.Listed alert : on) {
            Optional<ReminderSchedule> schedule = ReminderSchedule.fromRule(alert.recurrenceRule());
            if (schedule.isPresent()) {
                // Alexa has one of ours the record lost (a write that never landed): it is the person's reminder.
                UserProgress.of(input).update(progress -> progress.withReminder(new DailyReminder(alert.alertToken(), schedule.get())));
                return answer(input, ReminderReplies.have(schedule.get()), false);
            }
        }
        if (existing.isPresent()) {
            forget(input);
            return offerAgain(input, existing.get().schedule());
        }
        return answer(input, ReminderReplies.none(), false);
    }

    /** Stops the person's reminder (and any other of the skill's Alexa still has): deleted from Alexa, and its token forgotten. */
    Optional<Response> stop(HandlerInput input, boolean mayAsk) {
        Optional<DailyReminder> existing = stored(input);
        if (!permitted(input)) {
            return existing.isEmpty() ? answer(input, ReminderReplies.none(), false)
                    : notPermitted(input, Action.STOP, existing.get().schedule(), mayAsk, ReminderReplies.permissionTurnedOff());
        }
        if (existing.isEmpty()) {
            return stopWhatAlexaHas(input);
        }
        ReminderAnswer answer = reminders.deleteEvery(access(input), existing.get().token());
        return switch (answer.outcome()) {
            case OK -> {
                forget(input);
                yield answer(input, ReminderReplies.stopped(), false);
            }
            case NOT_FOUND -> {
                forget(input);
                yield answer(input, ReminderReplies.alreadyGone(), false);
            }
            case NOT_PERMITTED -> notPermitted(input, Action.STOP, existing.get().schedule(), mayAsk,
                    ReminderReplies.permissionTurnedOff());
            default -> answer(input, ReminderReplies.failed("stop the reminder")
                    .then("You can also delete it in the Alexa app."), false);
        };
    }

    /** No token kept: any reminder of this skill that Alexa still has is stopped. */
    private Optional<Response> stopWhatAlexaHas(HandlerInput input) {
        ReminderAnswer listed = reminders.list(access(input));
        if (!listed.ok()) {
            return listed.outcome() == ReminderAnswer.Outcome.NOT_PERMITTED ? answer(input, ReminderReplies.none(), false)
                    : answer(input, ReminderReplies.failed("stop the reminder"), false);
        }
        int stopped = 0;
        for (ReminderAnswer.Listed alert : listed.alerts()) {
            if (alert.on() && reminders.delete(access(input), alert.alertToken()).ok()) {
                stopped++;
            }
        }
        return answer(input, stopped > 0 ? ReminderReplies.stopped() : ReminderReplies.none(), false);
    }

    /** After the person answered Alexa's permission question: what they asked for, if they allowed it. */
    Optional<Response> afterConsent(HandlerInput input, boolean accepted, String token) {
        return afterConsent(input, accepted, false, token);
    }

    /** @param leaving the person said "stop" (or nothing) to Alexa's question: the same words, then goodbye */
    Optional<Response> afterConsent(HandlerInput input, boolean accepted, boolean leaving, String token) {
        String[] parts = token == null ? new String[0] : token.split(":");
        Action action = Action.SET;
        for (Action known : Action.values()) {
            if (parts.length > 1 && known.name().equals(parts[1])) {
                action = known;
            }
        }
        Optional<ReminderSchedule> schedule = parts.length > 2 ? ReminderSchedule.fromCode(parts[2]) : Optional.empty();
        if (!accepted && leaving) {
            return Answer.leaving(input, ReminderReplies.noPermission(), List.of(SCOPE));
        }
        if (!accepted) {
            return answer(input, ReminderReplies.noPermission(), true);
        }
        return switch (action) {
            case LIST -> list(input, false);
            case STOP -> stop(input, false);
            case MOVE -> schedule.map(s -> move(input, s, false)).orElseGet(() -> list(input, false));
            case SET -> schedule.map(s -> set(input, s, false)).orElseGet(() -> answer(input, ReminderReplies.askTime(), false));
        };
    }

    static boolean isOurs(String token) {
        return token != null && token.startsWith(TOKEN + ":");
    }

    /** The answer to a refusal or a failure of the API. */
    private Optional<Response> trouble(HandlerInput input, ReminderAnswer.Outcome outcome, Action action,
                                       ReminderSchedule schedule, boolean mayAsk, String doing) {
        return switch (outcome) {
            case NOT_PERMITTED -> notPermitted(input, action, schedule, mayAsk, ReminderReplies.permissionTurnedOff());
            case LIMIT_REACHED -> answer(input, ReminderReplies.limitReached(), false);
            case UNSUPPORTED_DEVICE -> answer(input, ReminderReplies.unsupportedDevice(), false);
            default -> answer(input, ReminderReplies.failed(doing), false);
        };
    }

    /** No permission: asked for by voice when allowed (once: not again straight after the question), else how to give it. */
    private Optional<Response> notPermitted(HandlerInput input, Action action, ReminderSchedule schedule, boolean mayAsk,
                                            Speech before) {
        if (!mayAsk) {
            return answer(input, ReminderReplies.noPermission(), true);
        }
        RequestLog.current().outcome("reminder-permission-asked");
        return Answer.askPermission(input, before.then(ReminderReplies.askPermission()), SCOPE,
                TOKEN + ":" + action.name() + ":" + schedule.code());
    }

    /** The reminder is gone: asks whether to set it again, and yes does ({@link ReminderOfferReplyHandler}). */
    private Optional<Response> offerAgain(HandlerInput input, ReminderSchedule schedule) {
        ReminderSession.of(input).offer(schedule);
        Speech question = ReminderReplies.goneSetAgain(schedule);
        return Answer.onScreen(input, input.getResponseBuilder(), question)
                .withSpeech(question.toSsml())
                .withReprompt(Speech.of("Shall I set a new stretch reminder, " + ReminderReplies.when(schedule) + "?").toSsml())
                .withShouldEndSession(false)
                .build();
    }

    /** Speaks, then asks what next (in a routine: whether to carry on), optionally with the permission card. */
    static Optional<Response> answer(HandlerInput input, Speech speech, boolean consentCard) {
        Speech next = ActiveRoutine.offerToCarryOn(input).orElseGet(() -> {
            ActiveRoutine.dropOffer(input);
            return CommonReplies.whatNext();
        });
        var builder = Answer.onScreen(input, input.getResponseBuilder(), speech.then(next))
                .withSpeech(speech.then(next).toSsml())
                .withReprompt(next.toSsml())
                .withShouldEndSession(false);
        if (consentCard) {
            builder.withAskForPermissionsConsentCard(List.of(SCOPE));
        }
        return builder.build();
    }

    /** The reminder as the API takes it: the rule in the device's zone, from now, with the spoken text. */
    private Reminder reminder(HandlerInput input, ReminderSchedule schedule) {
        boolean zoneKnown = device.zoneKnown(input);
        return new Reminder(schedule.recurrenceRule(), device.instant().truncatedTo(ChronoUnit.SECONDS),
                zoneKnown ? device.now(input).truncatedTo(ChronoUnit.SECONDS) : null,
                zoneKnown ? device.zone(input).getId() : null,
                ReminderReplies.reminderText(), Requests.locale(input.getRequestEnvelope()));
    }

    private static Optional<DailyReminder> stored(HandlerInput input) {
        return UserProgress.of(input).get().stretchReminder();
    }

    private static void forget(HandlerInput input) {
        UserProgress.of(input).update(Progress::withoutReminder);
    }

    /**
     * Whether the person allowed reminders: the request's permission scopes say so, or, where a request
     * carries no scopes, a consent token is there (the API's 401 or 403 then tells the truth).
     */
    static boolean permitted(HandlerInput input) {
        SystemState system = system(input);
        Permissions permissions = system == null || system.getUser() == null ? null : system.getUser().getPermissions();
        if (permissions == null) {
            return false;
        }
        Map<String, Scope> scopes = permissions.getScopes();
        if (scopes != null && !scopes.isEmpty()) {
            Scope scope = scopes.get(SCOPE);
            return scope != null && scope.getStatus() == PermissionStatus.GRANTED;
        }
        return permissions.getConsentToken() != null && !permissions.getConsentToken().isBlank();
    }

    private static ApiAccess access(HandlerInput input) {
        return AlexaAccess.of(input);
    }

    private static SystemState system(HandlerInput input) {
        Context context = input.getRequestEnvelope().getContext();
        return context == null ? null : context.getSystem();
    }
}
