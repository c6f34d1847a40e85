package com.backrelief.coach.devtools.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One cold start: a fresh JVM launched as the Lambda java21 runtime launches one (C1 only,
 * serial GC, sized for the function's memory from template.yaml), which constructs a handler and
 * answers one request through {@link ColdStartProbe}.
 */
final class ColdStart {

    /**
     * The JVM options Lambda's java21 runtime uses by default (tiered compilation stops at C1;
     * serial GC), and the memory the function has, so the JVM sizes its heap as it would there.
     */
    static List<String> lambdaJvmOptions(int memoryMb) {
        return List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-XX:MaxRAM=" + memoryMb + "m");
    }

    record Result(double seconds, double requestMillis, long peakRssKib, String response) {
    }

    private ColdStart() {
    }

    static Result run(String handlerClass, Path event, Map<String, String> env, List<Path> classpath, int memoryMb,
                      boolean primed) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(lambdaJvmOptions(memoryMb));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        command.add(ColdStartProbe.class.getName());
        command.add(handlerClass);
        command.add(event.toString());
        if (primed) {
            command.add("--primed");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("Cold start of " + handlerClass + " failed:\n" + output);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(seconds, Double.parseDouble(line(output, "request-ms ").strip()), field(output, "peak-rss-kib "),
                line(output, "response "));
    }

    private static long field(String output, String name) {
        return Long.parseLong(line(output, name).strip());
    }

    private static String line(String output, String prefix) {
        for (String line : output.split("\n")) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        throw new IllegalStateException("The probe printed no '" + prefix.strip() + "' line:\n" + output);
    }
}
