package com.backrelief.coach.domain.advice;

/** The two things a person can put on a sore back. */
public enum Pack { HEAT, COLD }
