package com.backrelief.coach.domain.stretching;

/**
 * One spoken line of a repetition, followed by a silence.
 *
 * @param say     what the coach says
 * @param seconds silence after it
 * @param hold    true for a static hold, whose length a routine may set
 */
public record Phase(String say, int seconds, boolean hold) {
}
