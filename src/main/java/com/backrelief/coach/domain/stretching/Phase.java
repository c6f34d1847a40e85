package com.backrelief.coach.domain.stretching;

/**
 * One spoken line of a repetition, followed by a silence.
 *
 * @param say     what the coach says on the first repetition: the whole cue
 * @param brief   what the coach says on later repetitions, once the person knows the movement
 * @param seconds silence after it
 * @param hold    true for a static hold, whose length a routine may set
 */
public record Phase(String say, String brief, int seconds, boolean hold) {
}
