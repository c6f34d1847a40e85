package com.backrelief.coach.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the skill's code relies on that Alexa enables only when the manifest declares it (interfaces, permissions,
 * event subscriptions), found by reading the sources: the ASK model types, directive and request type names, permission
 * scopes and Alexa API paths they use. A new use in the code is a new need, so a manifest that lacks it fails a test.
 *
 * @param interfaces  manifest interface types ({@code apis.custom.interfaces[].type})
 * @param permissions permission names ({@code permissions[].name})
 * @param events      event names ({@code events.subscriptions[].eventName})
 * @param console     what the code relies on that the manifest schema has no place for, set in the developer console
 */
record SkillNeeds(Set<String> interfaces, Set<String> permissions, Set<String> events, Set<String> console) {

    static final Path SOURCES = Path.of("src/main/java");

    /** An ASK model package or type, or a directive or request type name, and the interface it needs. */
    private static final Map<Pattern, String> INTERFACES = Map.of(
            Pattern.compile("com\\.amazon\\.ask\\.model\\.interfaces\\.alexa\\.presentation\\.apl\\.|\"Alexa\\.Presentation\\.APL\\.[A-Z]"),
            "ALEXA_PRESENTATION_APL",
            Pattern.compile("com\\.amazon\\.ask\\.model\\.interfaces\\.alexa\\.presentation\\.html\\.|\"Alexa\\.Presentation\\.HTML\\.[A-Z]"),
            "ALEXA_PRESENTATION_HTML",
            Pattern.compile("com\\.amazon\\.ask\\.model\\.interfaces\\.audioplayer\\.|\"AudioPlayer\\.[A-Z]"), "AUDIO_PLAYER",
            Pattern.compile("com\\.amazon\\.ask\\.model\\.interfaces\\.display\\.|\"Display\\.[A-Z]"), "RENDER_TEMPLATE",
            Pattern.compile("com\\.amazon\\.ask\\.model\\.interfaces\\.videoapp\\.|\"VideoApp\\.[A-Z]"), "VIDEO_APP",
            Pattern.compile("com\\.amazon\\.ask\\.model\\.interfaces\\.gameEngine\\.|\"GameEngine\\.[A-Z]"), "GAME_ENGINE",
            Pattern.compile("com\\.amazon\\.ask\\.model\\.interfaces\\.gadgetController\\.|\"GadgetController\\.[A-Z]"),
            "GADGET_CONTROLLER");

    /** A request type the skill answers that is switched on in the console, not in the manifest. */
    private static final Map<Pattern, String> CONSOLE = Map.of(
            Pattern.compile("com\\.amazon\\.ask\\.model\\.canfulfill\\.|\\bCanFulfillIntentRequest\\b"), "CanFulfillIntentRequest");

    /** A permission scope written out, or an Alexa API path that needs one. */
    private static final Pattern SCOPE = Pattern.compile("\"(alexa::[a-z_:]+)\"");
    private static final Map<Pattern, String> API_PERMISSIONS = Map.of(
            Pattern.compile("\"/v1/alerts/reminders|com\\.amazon\\.ask\\.model\\.services\\.reminderManagement\\."),
            "alexa::alerts:reminders:skill:readwrite",
            Pattern.compile("\"/v1/alerts/timers|com\\.amazon\\.ask\\.model\\.services\\.timerManagement\\."),
            "alexa::alerts:timers:skill:readwrite",
            Pattern.compile("/settings/address/countryAndPostalCode"), "alexa:devices:all:address:country_and_postal_code:read",
            Pattern.compile("/settings/address\""), "alexa::devices:all:address:full:read",
            Pattern.compile("Profile\\.email"), "alexa::profile:email:read",
            Pattern.compile("Profile\\.givenName"), "alexa::profile:given_name:read",
            Pattern.compile("Profile\\.name\""), "alexa::profile:name:read",
            Pattern.compile("Profile\\.mobileNumber"), "alexa::profile:mobile_number:read",
            Pattern.compile("\"/v2/householdlists"), "alexa::household:lists:read");

    /** A skill event's request class or type, and the subscription that makes Alexa send it. */
    private static final Map<Pattern, String> EVENTS = Map.of(
            Pattern.compile("\\bSkillDisabledRequest\\b|\"AlexaSkillEvent\\.SkillDisabled\""), "SKILL_DISABLED",
            Pattern.compile("\\bSkillEnabledRequest\\b|\"AlexaSkillEvent\\.SkillEnabled\""), "SKILL_ENABLED",
            Pattern.compile("\\bSkillAccountLinkedRequest\\b|\"AlexaSkillEvent\\.SkillAccountLinked\""), "SKILL_ACCOUNT_LINKED",
            Pattern.compile("\\bPermissionAcceptedRequest\\b|\"AlexaSkillEvent\\.SkillPermissionAccepted\""),
            "SKILL_PERMISSION_ACCEPTED",
            Pattern.compile("\\bPermissionChangedRequest\\b|\"AlexaSkillEvent\\.SkillPermissionChanged\""),
            "SKILL_PERMISSION_CHANGED",
            Pattern.compile("\\bReminderCreatedEventRequest\\b|\"Reminders\\.ReminderCreated\""), "REMINDER_CREATED",
            Pattern.compile("\\bReminderUpdatedEventRequest\\b|\"Reminders\\.ReminderUpdated\""), "REMINDER_UPDATED",
            Pattern.compile("\\bReminderDeletedEventRequest\\b|\"Reminders\\.ReminderDeleted\""), "REMINDER_DELETED",
            Pattern.compile("\\bReminderStatusChangedEventRequest\\b|\"Reminders\\.ReminderStatusChanged\""),
            "REMINDER_STATUS_CHANGED",
            Pattern.compile("\\bReminderStartedEventRequest\\b|\"Reminders\\.ReminderStarted\""), "REMINDER_STARTED");

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);

    /** What the code under {@link #SOURCES} relies on. */
    static SkillNeeds ofSources() {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(all.toString());
    }

    /** What this Java source relies on; comments do not count. */
    static SkillNeeds of(String source) {
        String code = COMMENT.matcher(source).replaceAll(" ");
        Set<String> permissions = found(code, API_PERMISSIONS);
        Matcher scope = SCOPE.matcher(code);
        while (scope.find()) {
            permissions.add(scope.group(1));
        }
        return new SkillNeeds(found(code, INTERFACES), permissions, found(code, EVENTS), found(code, CONSOLE));
    }

    private static Set<String> found(String code, Map<Pattern, String> table) {
        Set<String> found = new TreeSet<>();
        table.forEach((pattern, need) -> {
            if (pattern.matcher(code).find()) {
                found.add(need);
            }
        });
        return found;
    }
}
