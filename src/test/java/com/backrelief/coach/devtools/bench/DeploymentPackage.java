package com.backrelief.coach.devtools.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The zip that {@code sam build} ships for a Maven function: the compiled classes and resources at
 * the root, and every runtime-scope dependency under {@code lib/}. Built here from the same inputs
 * so its size and contents can be checked.
 */
public final class DeploymentPackage {

    /** Written by the build: the runtime-scope classpath (see the pom's bench and it profiles). */
    public static final Path RUNTIME_CLASSPATH = Path.of("target/runtime-classpath.txt");
    public static final Path CLASSES = Path.of("target/classes");

    private final Path zip;
    private final List<String> entries;

    private DeploymentPackage(Path zip, List<String> entries) {
        this.zip = zip;
        this.entries = entries;
    }

    public static List<Path> runtimeJars() {
        try {
            String classpath = Files.readString(RUNTIME_CLASSPATH).strip();
            return classpath.isEmpty() ? List.of()
                    : Stream.of(classpath.split(java.io.File.pathSeparator)).map(Path::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Run the build first: " + RUNTIME_CLASSPATH + " is missing", e);
        }
    }

    public static DeploymentPackage build(Path zip) throws IOException {
        Files.createDirectories(zip.getParent());
        List<String> entries = new ArrayList<>();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            try (Stream<Path> files = Files.walk(CLASSES)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    add(out, CLASSES.relativize(file).toString().replace('\\', '/'), file, entries);
                }
            }
            for (Path jar : runtimeJars()) {
                add(out, "lib/" + jar.getFileName(), jar, entries);
            }
        }
        return new DeploymentPackage(zip, entries);
    }

    private static void add(ZipOutputStream out, String name, Path file, List<String> entries) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        try (OutputStream entry = new NonClosing(out)) {
            Files.copy(file, entry);
        }
        out.closeEntry();
        entries.add(name);
    }

    public long bytes() throws IOException {
        return Files.size(zip);
    }

    public List<String> entries() {
        return entries;
    }

    /** Anything that must never ship: test or local-tool classes, DynamoDB Local and its SQLite. */
    public List<String> forbiddenEntries() {
        return entries.stream().filter(e -> e.contains("devtools") || e.contains("Test.class") || e.contains("IT.class")
                || e.contains("support/") || e.toLowerCase().contains("dynamodblocal") || e.contains("sqlite4java")
                || e.contains("jetty") || e.contains("junit") || e.contains("mockito") || e.contains("assertj")).toList();
    }

    /** Lets Files.copy write into one zip entry without closing the zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
