package com.backrelief.coach.devtools;

import com.backrelief.coach.speech.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** --voice: espeak-ng speaks the answers with their pauses; without it, one hint and silence. */
class EspeakVoiceTest {

    @Test
    void withoutEspeakTheConversationSaysOnceHowToInstallItAndGoesOnSilently() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Consumer<String> voice = EspeakVoice.forConversation("en-US", new PrintStream(out, true, StandardCharsets.UTF_8),
                Optional.empty());
        voice.accept("<speak>Hello</speak>");
        voice.accept("<speak>Again</speak>");

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(EspeakVoice.INSTALL_HINT + System.lineSeparator())
                .contains("apt-get install espeak-ng");
    }

    private static final String HOLD = "<speak>Hold. <audio src=\"soundbank://soundlibrary/bell/chimes/chimes_03\"/> "
            + "<break time=\"10000ms\"/> Halfway. <break time=\"10000ms\"/> "
            + "<audio src=\"soundbank://soundlibrary/bell/chimes/chimes_08\"/> Lower.</speak>";

    /** A stand-in for a command: it writes its name, and what it was given on standard input, to the log. */
    private static Path fake(Path dir, String name, Path log) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n{ printf '" + name + " '; cat; echo; } >> '" + log + "'\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
        return script;
    }

    @Test
    void aSoundInAnAnswerPlaysAStandInToneBetweenTheWordsAroundIt(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("log.txt");
        EspeakVoice voice = new EspeakVoice(fake(dir, "espeak", log), "en-US", new PrintStream(new ByteArrayOutputStream()),
                Optional.of(fake(dir, "sox", log)));

        voice.accept(HOLD);

        assertThat(Files.readAllLines(log)).containsExactly("espeak <speak>Hold.</speak>", "sox ",
                "espeak <speak><break time=\"10000ms\"/> Halfway. <break time=\"10000ms\"/></speak>",
                "sox ", "espeak <speak>Lower.</speak>");
    }

    @Test
    void withoutSoxTheWordsAndPausesAreSpokenAndTheSoundsAreOnlyShown(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("log.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EspeakVoice voice = new EspeakVoice(fake(dir, "espeak", log), "en-US",
                new PrintStream(out, true, StandardCharsets.UTF_8), Optional.empty());

        voice.accept(HOLD);
        voice.accept(HOLD);

        assertThat(Files.readAllLines(log)).hasSize(6).allMatch(line -> line.startsWith("espeak "));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(EspeakVoice.TONE_HINT + System.lineSeparator());
    }

    @Test
    void anAnswerIsCutAtItsSounds() {
        assertThat(EspeakVoice.betweenSounds(HOLD)).hasSize(3);
        assertThat(EspeakVoice.betweenSounds("<speak>No sounds.</speak>")).containsExactly("<speak>No sounds.</speak>");
    }

    @Test
    void theRenderedSpeechLastsAtLeastItsPauses(@TempDir Path dir) throws Exception {
        Optional<Path> espeak = EspeakVoice.executable();
        assumeTrue(espeak.isPresent(), "espeak-ng is not installed (CI installs it: .ci/run)");
        // 3 s, then 20 s that Speech chains as 10 s + 10 s: espeak-ng alone would pause 13 s in all.
        String ssml = "<speak>" + Speech.of("Lie on your back.").pauseSeconds(3).then("Breathe in.")
                .pauseSeconds(20).then("And relax.").toSsml() + "</speak>";
        Path wav = dir.resolve("answer.wav");

        new EspeakVoice(espeak.get(), "en-US", new PrintStream(new ByteArrayOutputStream())).render(ssml, wav);

        Duration pauses = Duration.ofMillis(EspeakSsml.pauseMillis(ssml));
        assertThat(pauses).isEqualTo(Duration.ofSeconds(23));
        assertThat(duration(wav)).isGreaterThanOrEqualTo(pauses);
    }

    /** The WAV file's length: from sox when installed, else from the header (data bytes / bytes per second). */
    private static Duration duration(Path wav) throws IOException, InterruptedException {
        Optional<Duration> fromSox = soxDuration(wav);
        if (fromSox.isPresent()) {
            return fromSox.get();
        }
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        int byteRate = 0;
        for (int at = 12; at + 8 <= bytes.limit(); ) {
            String chunk = new String(bytes.array(), at, 4, StandardCharsets.US_ASCII);
            int size = bytes.getInt(at + 4);
            if (chunk.equals("fmt ")) {
                byteRate = bytes.getInt(at + 8 + 8);
            } else if (chunk.equals("data")) {
                long dataBytes = Math.min(size & 0xffffffffL, bytes.limit() - at - 8L);
                return Duration.ofMillis(dataBytes * 1000 / byteRate);
            }
            at += 8 + size + (size % 2);
        }
        throw new IOException("No data chunk in " + wav);
    }

    private static Optional<Duration> soxDuration(Path wav) throws IOException, InterruptedException {
        try {
            Process sox = new ProcessBuilder("sox", "--i", "-D", wav.toString()).redirectErrorStream(true).start();
            String seconds = new String(sox.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!sox.waitFor(30, TimeUnit.SECONDS) || sox.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000)));
        } catch (IOException | NumberFormatException noSox) {
            return Optional.empty();
        }
    }
}
