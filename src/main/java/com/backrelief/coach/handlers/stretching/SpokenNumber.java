package com.backrelief.coach.handlers.stretching;

/** Small numbers as words, so counts read naturally in transcripts as well as aloud. */
final class SpokenNumber {

    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty"};

    private SpokenNumber() {
    }

    static String of(int number) {
        return number >= 0 && number < WORDS.length ? WORDS[number] : Integer.toString(number);
    }

    /** "one exercise", "three exercises". */
    static String count(int number, String singular, String plural) {
        return of(number) + " " + (number == 1 ? singular : plural);
    }
}
