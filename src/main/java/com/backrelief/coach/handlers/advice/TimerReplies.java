package com.backrelief.coach.handlers.advice;

import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.advice.PackUse;
import com.backrelief.coach.domain.alexa.Timer;
import com.backrelief.coach.speech.Speech;

import java.time.Duration;
import java.util.Map;

/** What the coach says about the pack timer, and what the timer itself announces, in the guide's words. */
final class TimerReplies {

    private final HeatIceGuide guide;

    TimerReplies(HeatIceGuide guide) {
        this.guide = guide;
    }

    /** The timer Alexa runs: its label, and the announcement of when to take the pack off and how long to wait. */
    Timer timer(PackUse use, Duration length, String locale) {
        return new Timer(length, guide.timerLabel(use), guide.timerAnnouncement(use), locale);
    }

    Speech set(Duration length, int turn) {
        return line("set", length, turn);
    }

    Speech askPermission() {
        return Speech.of(guide.timer("askPermission", 0));
    }

    /** How to allow timers in the Alexa app, and what to do meanwhile. */
    Speech noPermission(Duration length) {
        return line("noPermission", length, 0);
    }

    Speech failed(Duration length) {
        return line("failed", length, 0);
    }

    Speech declined() {
        return Speech.of(guide.timer("declined", 0));
    }

    Speech capped() {
        return Speech.of(guide.timer("capped", 0));
    }

    private Speech line(String name, Duration length, int turn) {
        return Speech.of(HeatIceGuide.fill(guide.timer(name, turn), Map.of("minutes", Long.toString(length.toMinutes()))));
    }
}
