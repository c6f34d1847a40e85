package com.backrelief.coach.domain.alexa;

/**
 * What a request gives for calling the Alexa APIs on the person's behalf: where to call, and with which token.
 *
 * @param endpoint the request's {@code apiEndpoint} ({@code https://api.amazonalexa.com}), or null
 * @param token    the request's {@code apiAccessToken}, or null
 */
public record ApiAccess(String endpoint, String token) {

    /** A request that carries neither: every call ends without being made. */
    public static final ApiAccess NONE = new ApiAccess(null, null);
}
