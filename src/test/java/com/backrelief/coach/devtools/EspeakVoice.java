package com.backrelief.coach.devtools;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Speaks the skill's answers aloud through espeak-ng, rendering their SSML so the pauses are heard.
 * Without espeak-ng (or without a sound device) it says so once and the conversation goes on silently.
 */
final class EspeakVoice implements Consumer<String> {

    static final String COMMAND = "espeak-ng";
    static final String INSTALL_HINT = "(--voice: espeak-ng is not installed, so answers are not spoken. "
            + "Install it with: sudo apt-get install espeak-ng  (macOS: brew install espeak-ng))";
    private static final long LONGEST_ANSWER_SECONDS = 300;

    private final Path executable;
    private final String voice;
    private final PrintStream out;
    private boolean silenced;

    EspeakVoice(Path executable, String locale, PrintStream out) {
        this.executable = executable;
        this.voice = locale.toLowerCase(Locale.ROOT);
        this.out = out;
    }

    /** A voice for the conversation: espeak-ng when installed, else silence after one hint. */
    static Consumer<String> forConversation(String locale, PrintStream out) {
        return forConversation(locale, out, executable());
    }

    static Consumer<String> forConversation(String locale, PrintStream out, Optional<Path> espeak) {
        if (espeak.isEmpty()) {
            out.println(INSTALL_HINT);
            return ssml -> { };
        }
        return new EspeakVoice(espeak.get(), locale, out);
    }

    /** espeak-ng on the PATH, if there. */
    static Optional<Path> executable() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, COMMAND);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Speaks one answer and waits until it has been said, so the next prompt comes after it. */
    @Override
    public void accept(String alexaSsml) {
        if (silenced || alexaSsml.isBlank()) {
            return;
        }
        try {
            Result result = run(List.of("-v", voice), alexaSsml);
            if (result.exit() != 0 || result.errors().contains("error")) {
                silence("espeak-ng could not play sound: " + lastLine(result.errors()));
            }
        } catch (IOException e) {
            silence("espeak-ng did not run: " + e.getMessage());
        }
    }

    /** Renders the speech to a WAV file instead of the speakers (for tests and for listening later). */
    void render(String alexaSsml, Path wav) throws IOException {
        Result result = run(List.of("-v", voice, "-w", wav.toString()), alexaSsml);
        if (result.exit() != 0) {
            throw new IOException("espeak-ng exited with " + result.exit() + ": " + lastLine(result.errors()));
        }
    }

    private record Result(int exit, String errors) {
    }

    private Result run(List<String> options, String alexaSsml) throws IOException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-m", "--stdin"));
        command.addAll(options);
        Path errors = Files.createTempFile("espeak", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(EspeakSsml.from(alexaSsml).getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(LONGEST_ANSWER_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("espeak-ng took longer than " + LONGEST_ANSWER_SECONDS + " s");
            }
            return new Result(process.exitValue(), Files.readString(errors));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private void silence(String why) {
        silenced = true;
        out.println("(--voice is off for this run: " + why + ")");
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1];
    }
}
