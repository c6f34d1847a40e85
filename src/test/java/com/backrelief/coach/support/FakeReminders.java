package com.backrelief.coach.support;

import com.backrelief.coach.domain.alexa.ApiAccess;
import com.backrelief.coach.domain.alexa.Reminder;
import com.backrelief.coach.domain.alexa.ReminderAnswer;
import com.backrelief.coach.domain.alexa.ReminderAnswer.Outcome;
import com.backrelief.coach.domain.alexa.Reminders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory {@link Reminders}: the skill's reminders as Alexa would keep them, by token, with every
 * call kept. Like the real adapter, a create moves a reminder of the skill that is still on instead of
 * making a second, and a request without a token is not permitted. Told to {@link #refuse()},
 * {@link #fail()} or {@link #reachLimit()}, every later call answers so and changes nothing.
 */
public final class FakeReminders implements Reminders {

    /** One call: which ({@code list}, {@code get}, {@code create}, {@code update}, {@code delete}, {@code deleteEvery}), with what. */
    public record Call(String name, ApiAccess access, String alertToken, Reminder reminder) {
    }

    /** A reminder Alexa has: its schedule as the skill sent it, and whether it is still on. */
    public record Kept(String alertToken, String recurrenceRule, boolean on, Reminder reminder) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Kept> kept = new LinkedHashMap<>();
    private volatile Outcome trouble;
    private int made;

    /** Alexa already has this reminder of the skill (set in an earlier session). */
    public synchronized FakeReminders has(String alertToken, String recurrenceRule) {
        kept.put(alertToken, new Kept(alertToken, recurrenceRule, true, null));
        return this;
    }

    /** The person deleted the reminder in the Alexa app. */
    public synchronized FakeReminders deletedInTheApp(String alertToken) {
        kept.remove(alertToken);
        return this;
    }

    /** Every later call is refused (the permission turned off in the Alexa app). */
    public FakeReminders refuse() {
        trouble = Outcome.NOT_PERMITTED;
        return this;
    }

    /** Every later call fails (a 5xx, a throttle, no answer). */
    public FakeReminders fail() {
        trouble = Outcome.FAILED;
        return this;
    }

    /** Every later create is refused for the limit on reminders. */
    public FakeReminders reachLimit() {
        trouble = Outcome.LIMIT_REACHED;
        return this;
    }

    /** Every later call works. */
    public FakeReminders work() {
        trouble = null;
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The names of the calls so far, in order. */
    public List<String> callNames() {
        return calls.stream().map(Call::name).toList();
    }

    /** The reminders of the skill Alexa has on now. */
    public synchronized List<Kept> on() {
        return kept.values().stream().filter(Kept::on).toList();
    }

    @Override
    public synchronized ReminderAnswer list(ApiAccess access) {
        Optional<ReminderAnswer> refused = called("list", access, null, null);
        if (refused.isPresent()) {
            return refused.get();
        }
        return new ReminderAnswer(Outcome.OK, null, kept.values().stream().map(FakeReminders::listed).toList());
    }

    @Override
    public synchronized ReminderAnswer get(ApiAccess access, String alertToken) {
        Optional<ReminderAnswer> refused = called("get", access, alertToken, null);
        if (refused.isPresent()) {
            return refused.get();
        }
        Kept one = kept.get(alertToken);
        return one == null ? ReminderAnswer.of(Outcome.NOT_FOUND)
                : new ReminderAnswer(Outcome.OK, alertToken, List.of(listed(one)));
    }

    @Override
    public synchronized ReminderAnswer create(ApiAccess access, Reminder reminder) {
        Optional<ReminderAnswer> refused = called("create", access, null, reminder);
        if (refused.isPresent()) {
            return refused.get();
        }
        String token = kept.values().stream().filter(Kept::on).map(Kept::alertToken).findFirst()
                .orElse("fake-reminder-" + (++made));
        kept.put(token, new Kept(token, reminder.recurrenceRule(), true, reminder));
        return new ReminderAnswer(Outcome.OK, token, List.of());
    }

    @Override
    public synchronized ReminderAnswer update(ApiAccess access, String alertToken, Reminder reminder) {
        Optional<ReminderAnswer> refused = called("update", access, alertToken, reminder);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!kept.containsKey(alertToken)) {
            return ReminderAnswer.of(Outcome.NOT_FOUND);
        }
        kept.put(alertToken, new Kept(alertToken, reminder.recurrenceRule(), true, reminder));
        return new ReminderAnswer(Outcome.OK, alertToken, List.of());
    }

    @Override
    public synchronized ReminderAnswer delete(ApiAccess access, String alertToken) {
        Optional<ReminderAnswer> refused = called("delete", access, alertToken, null);
        if (refused.isPresent()) {
            return refused.get();
        }
        return ReminderAnswer.of(kept.remove(alertToken) == null ? Outcome.NOT_FOUND : Outcome.OK);
    }

    @Override
    public synchronized ReminderAnswer deleteEvery(ApiAccess access, String alertToken) {
        Optional<ReminderAnswer> refused = called("deleteEvery", access, alertToken, null);
        if (refused.isPresent()) {
            return refused.get();
        }
        Outcome outcome = kept.remove(alertToken) == null ? Outcome.NOT_FOUND : Outcome.OK;
        kept.values().removeIf(Kept::on);
        return ReminderAnswer.of(outcome);
    }

    /** Keeps the call; the answer when it is refused or fails, or empty when it goes ahead. */
    private Optional<ReminderAnswer> called(String name, ApiAccess access, String alertToken, Reminder reminder) {
        calls.add(new Call(name, access, alertToken, reminder));
        if (access.token() == null || access.token().isBlank()) {
            return Optional.of(ReminderAnswer.of(Outcome.NOT_PERMITTED));
        }
        Outcome now = trouble;
        if (now == Outcome.LIMIT_REACHED) {
            return name.equals("create") ? Optional.of(ReminderAnswer.of(now)) : Optional.empty();
        }
        return Optional.ofNullable(now).map(ReminderAnswer::of);
    }

    private static ReminderAnswer.Listed listed(Kept one) {
        return new ReminderAnswer.Listed(one.alertToken(), one.on() ? "ON" : "COMPLETED", one.recurrenceRule());
    }
}
