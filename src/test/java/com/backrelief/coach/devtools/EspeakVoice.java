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
import java.util.regex.Pattern;

/**
 * Speaks the skill's answers aloud through espeak-ng, rendering their SSML so the pauses are heard.
 * Where an answer plays a sound ({@code <audio>}), a short stand-in tone from sox plays instead, so the
 * pacing of a routine is heard with its cues. Without espeak-ng (or without a sound device) it says so
 * once and the conversation goes on silently; without sox, the words and pauses are spoken and the
 * sounds are shown only as text.
 */
final class EspeakVoice implements Consumer<String> {

    static final String COMMAND = "espeak-ng";
    static final String INSTALL_HINT = "(--voice: espeak-ng is not installed, so answers are not spoken. "
            + "Install it with: sudo apt-get install espeak-ng  (macOS: brew install espeak-ng))";
    static final String TONE_COMMAND = "sox";
    static final String TONE_HINT = "(--voice: sox is not installed, so the sounds are shown as [sound: ...] but not "
            + "played. Install it with: sudo apt-get install sox  (macOS: brew install sox))";
    /** The stand-in for a sound: a quarter-second soft tone, faded in and out, on the default output device. */
    static final List<String> TONE = List.of("-q", "-n", "-d", "synth", "0.25", "sine", "880", "fade", "q", "0.01",
            "0.25", "0.1", "vol", "0.3");
    private static final long LONGEST_ANSWER_SECONDS = 300;
    private static final Pattern AUDIO =
            Pattern.compile("<audio\\b[^>]*/>|<audio\\b[^>]*>.*?</audio\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Path executable;
    private final String voice;
    private final PrintStream out;
    private final Optional<Path> sox;
    private boolean silenced;
    private boolean tonesOff;

    EspeakVoice(Path executable, String locale, PrintStream out) {
        this(executable, locale, out, executable(TONE_COMMAND));
    }

    EspeakVoice(Path executable, String locale, PrintStream out, Optional<Path> sox) {
        this.executable = executable;
        this.voice = locale.toLowerCase(Locale.ROOT);
        this.out = out;
        this.sox = sox;
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
        return executable(COMMAND);
    }

    /** A command on the PATH, if there. */
    static Optional<Path> executable(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Speaks one answer and waits until it has been said, so the next prompt comes after it: the words and
     * pauses between its sounds, each in turn, with the stand-in tone where a sound plays.
     */
    @Override
    public void accept(String alexaSsml) {
        if (silenced || alexaSsml.isBlank()) {
            return;
        }
        List<String> stretches = betweenSounds(alexaSsml);
        for (int i = 0; i < stretches.size() && !silenced; i++) {
            speak(stretches.get(i));
            if (i < stretches.size() - 1) {
                tone();
            }
        }
    }

    /** The SSML between an answer's sounds, in order: one more piece than there are sounds. */
    static List<String> betweenSounds(String alexaSsml) {
        return List.of(AUDIO.split(alexaSsml, -1));
    }

    private void speak(String ssml) {
        if (EspeakSsml.from(ssml).equals("<speak></speak>")) {
            return;
        }
        try {
            Result result = run(List.of("-v", voice), ssml);
            if (result.exit() != 0 || result.errors().contains("error")) {
                silence("espeak-ng could not play sound: " + lastLine(result.errors()));
            }
        } catch (IOException e) {
            silence("espeak-ng did not run: " + e.getMessage());
        }
    }

    /** The stand-in for a sound; without sox, a hint once. */
    private void tone() {
        if (tonesOff) {
            return;
        }
        if (sox.isEmpty()) {
            tonesOff = true;
            out.println(TONE_HINT);
            return;
        }
        List<String> command = new ArrayList<>(List.of(sox.get().toString()));
        command.addAll(TONE);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            tonesOff = true;
            out.println("(--voice: sox did not play the stand-in tone: " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
