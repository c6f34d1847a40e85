package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.backrelief.coach.domain.reminders.ReminderDays;
import com.backrelief.coach.domain.reminders.ReminderTime;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.DeviceClock;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.speech.Speech;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The time and days a reminder intent names: {@code time} (AMAZON.TIME), {@code timeWords} (words for
 * a time, "this time" among them) and {@code days}. Words Alexa could not resolve are read as words.
 */
final class ReminderSlots {

    static final String SET_INTENT = "SetReminderIntent";
    static final String TIME = "time";
    static final String TIME_WORDS = "timeWords";
    static final String DAYS = "days";
    static final String THIS_TIME = "now";

    private ReminderSlots() {
    }

    /** The time asked for; "this time" is the device's clock now, and needs its time zone. */
    static Optional<LocalTime> time(HandlerInput input, DeviceClock device) {
        String days = Requests.spoken(input, DAYS).orElse("");
        Optional<LocalTime> said = Requests.spoken(input, TIME).flatMap(ReminderTime::fromAlexa)
                .map(clock -> ReminderTime.inPartOfDay(clock, days));
        if (said.isPresent()) {
            return said;
        }
        Optional<String> id = Requests.resolvedId(input, TIME_WORDS);
        Optional<String> words = Requests.spoken(input, TIME_WORDS);
        boolean thisTime = id.map(THIS_TIME::equals).orElseGet(() -> words.filter(ReminderTime::meansThisTime).isPresent());
        if (thisTime) {
            return device.zoneKnown(input) ? Optional.of(ReminderTime.thisTime(device.now(input).toLocalTime())) : Optional.empty();
        }
        return id.flatMap(ReminderTime::fromAlexa).or(() -> words.flatMap(ReminderTime::fromWords));
    }

    /** Whether the person named a time at all (even one that could not be read). */
    static boolean timeSaid(HandlerInput input) {
        return Requests.spoken(input, TIME).isPresent() || Requests.spoken(input, TIME_WORDS).isPresent();
    }

    static Optional<ReminderDays> days(HandlerInput input) {
        return Requests.resolvedId(input, DAYS).flatMap(ReminderDays::fromCodes)
                .or(() -> Requests.spoken(input, DAYS).flatMap(ReminderDays::fromWords));
    }

    /**
     * Asks for the time, with Alexa listening for it as the {@code time} slot of {@value #SET_INTENT}; the
     * days said so far travel in the intent.
     */
    static Optional<Response> askTime(HandlerInput input, Optional<ReminderDays> days, Speech before) {
        Map<String, Slot> slots = new LinkedHashMap<>();
        slots.put(TIME, Slot.builder().withName(TIME).withConfirmationStatus(SlotConfirmationStatus.NONE).build());
        slots.put(TIME_WORDS, Slot.builder().withName(TIME_WORDS).withConfirmationStatus(SlotConfirmationStatus.NONE).build());
        Slot.Builder daySlot = Slot.builder().withName(DAYS).withConfirmationStatus(SlotConfirmationStatus.NONE);
        days.ifPresent(found -> daySlot.withValue(found.codes()));
        slots.put(DAYS, daySlot.build());
        Intent intent = Intent.builder().withName(SET_INTENT).withConfirmationStatus(IntentConfirmationStatus.NONE)
                .withSlots(slots).build();
        Speech question = ReminderReplies.askTime();
        return Answer.onScreen(input, input.getResponseBuilder(), before.then(question))
                .withSpeech(before.then(question).toSsml())
                .withReprompt(question.toSsml())
                .addElicitSlotDirective(TIME, intent)
                .withShouldEndSession(false)
                .build();
    }
}
