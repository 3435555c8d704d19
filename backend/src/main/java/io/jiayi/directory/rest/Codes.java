package io.jiayi.directory.rest;

/** Directory codes are short, upper-case and readable in a URL or a log line. */
final class Codes {

    static final String PATTERN = "^[A-Z0-9][A-Z0-9-]{1,31}$";

    private Codes() {
    }
}
