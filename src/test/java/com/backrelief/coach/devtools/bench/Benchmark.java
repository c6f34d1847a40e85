package com.backrelief.coach.devtools.bench;

import com.backrelief.coach.CoachStreamHandler;
import com.backrelief.coach.Config;
import com.backrelief.coach.devtools.DynamoDbLocal;
import com.backrelief.coach.devtools.SamTemplate;
import com.backrelief.coach.devtools.UtteranceMatcher;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.persistence.DynamoDbProgressStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The performance figures and their targets, measured on this machine in one run: deployment
 * package, cold start against an in-repo ASK hello world, warm turns, and DynamoDB calls.
 * Run with {@code mvn -q -Pbench verify}; exits non-zero when the DynamoDB call rule is broken.
 */
public final class Benchmark {

    static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    static final String RETURNING_USER =
            "amzn1.ask.account.AEXAMPLEUSER0000000000000000000000000000000000000000000000000000000000";
    static final Path LAUNCH = Path.of("events/launch.json");
    /** Warm requests timed after the warm-up, unless the second argument says otherwise. */
    static final int WARM_REQUESTS = 200;
    /** Requests answered before the timed ones, as a container that has served a few people. */
    static final int WARM_UP = 50;

    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean callRuleBroken;

    public static void main(String[] args) throws Exception {
        int coldRuns = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int warmRequests = args.length > 1 ? Integer.parseInt(args[1]) : WARM_REQUESTS;
        Benchmark benchmark = new Benchmark();
        benchmark.packageSize();
        try (DynamoDbLocal dynamoDb = DynamoDbLocal.inMemory().createTable()) {
            new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE, Clock.systemUTC())
                    .save(RETURNING_USER, new Progress(3, LocalDate.now().minusDays(1)));
            Map<String, String> env = environment(dynamoDb);
            benchmark.coldStart(env, coldRuns);
            benchmark.warmTurns(env, warmRequests);
        }
        benchmark.print();
        System.exit(benchmark.callRuleBroken ? 1 : 0);
    }

    static Map<String, String> environment(DynamoDbLocal dynamoDb) {
        return Map.of(Config.TABLE_NAME, DynamoDbLocal.LOCAL_TABLE, Config.DYNAMODB_ENDPOINT, dynamoDb.endpoint(),
                Config.SKILL_ID, SKILL_ID, Config.AWS_REGION, "us-east-1",
                "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local");
    }

    private void packageSize() throws Exception {
        DeploymentPackage pkg = DeploymentPackage.build(Path.of("target/bench/deployment.zip"));
        row("Deployment package (what sam build ships)", "<= 8.0 MiB", String.format(Locale.ROOT, "%.1f MiB",
                pkg.bytes() / 1048576.0), pkg.bytes() <= DeploymentPackageIT.LIMIT_BYTES);
        row("Test, tool or DynamoDB Local entries in it", "0", Integer.toString(pkg.forbiddenEntries().size()),
                pkg.forbiddenEntries().isEmpty());
    }

    /** What the function's JVM has (its classes and runtime jars), and the benchmark's own classes. */
    private static List<Path> classpath() throws Exception {
        List<Path> classpath = new ArrayList<>(DeploymentPackage.runtimeJars());
        classpath.add(0, DeploymentPackage.CLASSES);
        classpath.add(Path.of("target/test-classes"));
        return classpath;
    }

    private void coldStart(Map<String, String> env, int runs) throws Exception {
        List<Path> classpath = classpath();
        int memoryMb = SamTemplate.read(SamTemplate.DEFAULT).function().path("MemorySize").asInt();
        double[] primed = new double[runs];
        double[] helloPrimed = new double[runs];
        double[] hello = new double[runs];
        double[] ours = new double[runs];
        long helloRss = 0;
        long oursRss = 0;
        for (int i = 0; i < runs; i++) {
            ColdStart.Result h = ColdStart.run(HelloWorldStreamHandler.class.getName(), LAUNCH, env, classpath, memoryMb, false);
            ColdStart.Result o = ColdStart.run(CoachStreamHandler.class.getName(), LAUNCH, env, classpath, memoryMb, false);
            if (!o.response().contains("Welcome back")) {
                throw new IllegalStateException("The cold start did not greet the returning user: " + o.response());
            }
            primed[i] = ColdStart.run(CoachStreamHandler.class.getName(), LAUNCH, env, classpath, memoryMb, true)
                    .requestMillis();
            helloPrimed[i] = ColdStart.run(HelloWorldStreamHandler.class.getName(), LAUNCH, env, classpath, memoryMb, true)
                    .requestMillis();
            hello[i] = h.seconds();
            ours[i] = o.seconds();
            helloRss = Math.max(helloRss, h.peakRssKib());
            oursRss = Math.max(oursRss, o.peakRssKib());
        }
        double ratio = median(ours) / median(hello);
        report("Fresh JVM (no SnapStart) cold start, ASK hello world (median of " + runs + ")", "baseline",
                seconds(median(hello)));
        row("Fresh JVM (no SnapStart) cold start, this skill incl. DynamoDB read (median)", "<= 0.8 x hello world",
                seconds(median(ours)), ratio <= 0.8);
        row("Fresh JVM cold start ratio, this skill / hello world", "<= 0.80", String.format(Locale.ROOT, "%.2f", ratio), ratio <= 0.8);
        row("Max RSS, this skill (hello world " + helloRss / 1024 + " MiB)", "<= 100 MiB", oursRss / 1024 + " MiB",
                oursRss <= 100 * 1024);
        report("SnapStart path: first answer after the snapshot, ASK hello world (no priming hook), median", "baseline",
                millis(median(helloPrimed)));
        report("SnapStart path: first answer after the snapshot, this skill (prime() before it) incl. DynamoDB read, median",
                "reported", millis(median(primed)));
        notes.add("SnapStart path: each JVM is built and (this skill) primed as SnapStart does before its snapshot; the"
                + " figure is the first handleRequest after that, inside the JVM. Lambda's restore of the snapshot is not"
                + " included (it is the same for both). Fresh JVM: process start to exit, class loading included.");
    }

    private void warmTurns(Map<String, String> env, int requests) throws Exception {
        int memoryMb = SamTemplate.read(SamTemplate.DEFAULT).function().path("MemorySize").asInt();
        List<String> jvmOptions = new ArrayList<>(ColdStart.lambdaJvmOptions(memoryMb));
        // For a profile of the warm turns: -Dbench.warmJvmOptions="-Xlog:gc:file=target/bench/gc.log" and the like.
        jvmOptions.addAll(Arrays.stream(System.getProperty("bench.warmJvmOptions", "").split(" "))
                .filter(option -> !option.isBlank()).toList());
        WarmTurns turns = WarmTurns.inJvm(jvmOptions, classpath(), env, RETURNING_USER, WARM_UP, requests);
        List<WarmTurns.Request> all = turns.requests();
        double[] millis = times(all);
        row("Warm turns, median (" + millis.length + " requests)", "<= 3 ms", millis(median(millis)), median(millis) <= 3);
        row("Warm turns, p99", "<= 10 ms", millis(percentile(millis, 99)), percentile(millis, 99) <= 10);
        List<WarmTurns.Request> unchanged = all.stream().filter(r -> r.writes() == 0).toList();
        double[] noWrite = times(unchanged);
        row("Warm turns that leave the record unchanged (no write; " + noWrite.length + "), p99", "<= 5 ms",
                millis(percentile(noWrite, 99)), percentile(noWrite, 99) <= 5);
        report("Warm turns that leave the record unchanged, median", "reported", millis(median(noWrite)));
        double[] noCall = times(all.stream().filter(r -> r.writes() == 0 && r.reads() == 0).toList());
        report("Warm turns with no DynamoDB call (" + noCall.length + "), median / p99", "reported",
                millis(median(noCall)) + " / " + millis(percentile(noCall, 99)));
        double[] withWrite = times(all.stream().filter(r -> r.writes() > 0).toList());
        report("Warm turns that write (" + withWrite.length + "), median / p99", "reported",
                withWrite.length == 0 ? "none" : millis(median(withWrite)) + " / " + millis(percentile(withWrite, 99)));
        int writes = all.stream().mapToInt(WarmTurns.Request::writes).sum();
        int reads = all.stream().mapToInt(WarmTurns.Request::reads).sum();
        report("DynamoDB writes per turn", "reported", String.format(Locale.ROOT, "%.3f (%d writes in %d requests)",
                (double) writes / all.size(), writes, all.size()));
        report("DynamoDB reads per turn", "reported", String.format(Locale.ROOT, "%.3f (%d reads in %d requests)",
                (double) reads / all.size(), reads, all.size()));
        notes.add("Requests that wrote, by request: " + turns.writersByKind());
        notes.add("Slowest warm requests: " + String.join("; ", turns.slowest(all, 5)));
        notes.add("Slowest warm requests that left the record unchanged: " + String.join("; ", turns.slowest(unchanged, 5)));
        notes.add("Requests that left the record unchanged, by request, median / slowest: " + byKind(unchanged));
        int twiceRead = turns.sessionsReadingTwice().size();
        long twiceWritten = turns.requestsWritingTwice();
        callRuleBroken = twiceRead > 0 || twiceWritten > 0;
        inBuildJvm(env, requests);
        row("Sessions reading the record more than once", "0", Integer.toString(twiceRead), twiceRead == 0);
        row("Requests writing more than once", "0", Long.toString(twiceWritten), twiceWritten == 0);
    }

    /** Each kind of request's median and slowest time, slowest median first. */
    private static String byKind(List<WarmTurns.Request> requests) {
        Map<String, List<WarmTurns.Request>> kinds = requests.stream()
                .collect(java.util.stream.Collectors.groupingBy(WarmTurns.Request::what));
        return kinds.entrySet().stream()
                .sorted(java.util.Comparator.comparingDouble(e -> -median(times(e.getValue()))))
                .map(e -> String.format(Locale.ROOT, "%s %.2f / %.2f ms (%d)", e.getKey(), median(times(e.getValue())),
                        percentile(times(e.getValue()), 100), e.getValue().size()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The same conversation in the benchmark's own JVM (full JIT, the build's collector, DynamoDB Local in the
     * same heap), as the warm turns were measured before they had a JVM of their own: for comparison only.
     */
    private void inBuildJvm(Map<String, String> env, int requests) throws Exception {
        CoachStreamHandler handler = new CoachStreamHandler(Config.from(env));
        UtteranceMatcher matcher = UtteranceMatcher.load(UtteranceMatcher.DEFAULT_MODEL, SKILL_ID);
        WarmTurns.play(handler, matcher, RETURNING_USER, WARM_UP);
        List<WarmTurns.Request> all = WarmTurns.play(handler, matcher, RETURNING_USER, requests).requests();
        double[] millis = times(all);
        double[] noWrite = times(all.stream().filter(r -> r.writes() == 0).toList());
        report("For comparison, in the benchmark's own JVM (as measured before): warm median / p99 / p99 of turns"
                + " that leave the record unchanged", "reported", millis(median(millis)) + " / "
                + millis(percentile(millis, 99)) + " / " + millis(percentile(noWrite, 99)));
    }

    private static double[] times(List<WarmTurns.Request> requests) {
        return requests.stream().mapToDouble(WarmTurns.Request::millis).toArray();
    }

    private void row(String figure, String target, String measured, boolean met) {
        rows.add(new String[] {figure, target, measured, met ? "met" : "NOT MET"});
    }

    /** A figure with no target of its own. */
    private void report(String figure, String what, String measured) {
        rows.add(new String[] {figure, what, measured, ""});
    }

    private void print() {
        System.out.println("| Figure | Target | Measured | |");
        System.out.println("|---|---|---|---|");
        rows.forEach(r -> System.out.println("| " + String.join(" | ", r) + " |"));
        System.out.println();
        notes.forEach(System.out::println);
    }

    static double median(double[] values) {
        return percentile(values, 50);
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f s", value);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f ms", value);
    }
}
