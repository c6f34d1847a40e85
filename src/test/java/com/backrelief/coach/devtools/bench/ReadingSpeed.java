package com.backrelief.coach.devtools.bench;

import com.backrelief.coach.content.Content;
import com.backrelief.coach.domain.understanding.Understanding;

import java.util.List;

/** How long the understanding step takes per request, over every phrasing of both sets (warm). */
public final class ReadingSpeed {

    private ReadingSpeed() {
    }

    public static void main(String[] args) {
        long load = System.nanoTime();
        Understanding understanding = Content.load().understanding();
        double loadMs = (System.nanoTime() - load) / 1e6;
        List<String> texts = UnderstandingBenchmark.SETS.stream().flatMap(set -> DevSet.load(set).stream())
                .map(DevSet.Case::utterance).toList();
        for (int round = 0; round < 5; round++) {
            texts.forEach(understanding::read);
        }
        long[] times = new long[texts.size() * 5];
        int i = 0;
        for (int round = 0; round < 5; round++) {
            for (String text : texts) {
                long start = System.nanoTime();
                understanding.read(text);
                times[i++] = System.nanoTime() - start;
            }
        }
        java.util.Arrays.sort(times);
        System.out.printf("content load %.0f ms; read: median %.3f ms, p99 %.3f ms, max %.3f ms over %d reads%n", loadMs,
                times[times.length / 2] / 1e6, times[(int) (times.length * 0.99)] / 1e6, times[times.length - 1] / 1e6,
                times.length);
    }
}
