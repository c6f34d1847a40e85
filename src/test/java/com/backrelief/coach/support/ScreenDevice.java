package com.backrelief.coach.support;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Devices with a screen, as Alexa describes them in a request: the APL interface in
 * {@code context.System.device.supportedInterfaces} and the screen in {@code context.Viewport}.
 */
public enum ScreenDevice {
    ECHO_SHOW_5("RECTANGLE", 960, 480),
    ECHO_SHOW_8("RECTANGLE", 1280, 800),
    ECHO_SHOW_15("RECTANGLE", 1920, 1080),
    ECHO_SPOT("ROUND", 480, 480);

    /** The newest APL version the device says its runtime renders. */
    public static final String APL_VERSION = "2024.2";
    /** Echo Show and Spot screens are 160 dpi: a pixel is a dp. */
    public static final int DPI = 160;

    public final String shape;
    public final int width;
    public final int height;

    ScreenDevice(String shape, int width, int height) {
        this.shape = shape;
        this.width = width;
        this.height = height;
    }

    /** The same request, from this device. */
    public ObjectNode on(ObjectNode event) {
        ObjectNode copy = event.deepCopy();
        ObjectNode context = copy.with("context");
        ObjectNode device = context.with("System").with("device");
        device.with("supportedInterfaces").with("Alexa.Presentation.APL").with("runtime").put("maxVersion", APL_VERSION);
        ObjectNode viewport = context.putObject("Viewport");
        viewport.put("mode", "HUB").put("shape", shape).put("pixelWidth", width).put("pixelHeight", height)
                .put("dpi", DPI).put("currentPixelWidth", width).put("currentPixelHeight", height);
        viewport.putArray("touch").add("SINGLE");
        return copy;
    }

    /** Whether a request comes from a device that renders APL. */
    public static boolean rendersApl(ObjectNode event) {
        return !event.path("context").path("System").path("device").path("supportedInterfaces")
                .path("Alexa.Presentation.APL").isMissingNode();
    }

    /** A touch on a button with this action, as the device sends it, in the session of {@code event}. */
    public ObjectNode touch(ObjectNode event, String action) {
        ObjectNode touch = on(event);
        ObjectNode request = touch.putObject("request");
        request.put("type", "Alexa.Presentation.APL.UserEvent")
                .put("requestId", "amzn1.echo-api.request.touch-" + action)
                .put("timestamp", event.path("request").path("timestamp").asText("2026-11-21T08:00:00Z"))
                .put("locale", event.path("request").path("locale").asText("en-US"))
                .put("token", "backReliefCoach");
        request.putArray("arguments").add(action);
        request.putObject("source").put("type", "TouchWrapper").put("handler", "Press").put("id", "");
        request.putObject("components");
        return touch;
    }
}
