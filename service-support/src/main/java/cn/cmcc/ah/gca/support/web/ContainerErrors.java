package cn.cmcc.ah.gca.support.web;

import org.springframework.http.HttpStatus;

/** The problem codes for errors the servlet container raises itself, by status. */
final class ContainerErrors {

    private ContainerErrors() {
    }

    static String codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "malformed-request";
            case NOT_FOUND -> "no-such-resource";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case PAYLOAD_TOO_LARGE -> "body-too-large";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "headers-too-large";
            case URI_TOO_LONG -> "uri-too-long";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case SERVICE_UNAVAILABLE -> "unavailable";
            default -> status.is4xxClientError() ? "malformed-request" : "internal";
        };
    }
}
