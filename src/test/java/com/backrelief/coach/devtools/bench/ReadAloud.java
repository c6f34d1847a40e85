package com.backrelief.coach.devtools.bench;

import com.backrelief.coach.content.Content;
import com.backrelief.coach.domain.understanding.Reading;
import com.backrelief.coach.domain.understanding.Understanding;

/**
 * Prints what the skill's understanding step reads in each argument, to see why a phrasing is
 * (not) understood: {@code mvn -q test-compile exec:java -Dexec.mainClass=com.backrelief.coach.devtools.bench.ReadAloud
 * -Dexec.args="'my legs went numb' 'no fever'"}.
 */
public final class ReadAloud {

    private ReadAloud() {
    }

    public static void main(String[] args) {
        Understanding understanding = Content.load().understanding();
        for (String text : args) {
            Reading reading = understanding.read(text);
            System.out.println(text);
            System.out.println("  flags " + reading.flags() + "  denied " + reading.denied() + (reading.denies() ? " (denies)" : ""));
            System.out.println("  asks " + reading.asks() + "  topic " + reading.topic().orElse("-") + "  stretch "
                    + reading.stretch().orElse("-") + "  routine " + reading.routine().orElse("-"));
            System.out.println("  facts " + reading.facts());
        }
    }
}
