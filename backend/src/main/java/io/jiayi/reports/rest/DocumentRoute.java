package io.jiayi.reports.rest;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.web.LargeBodyRoute;
import io.jiayi.reports.ReportsConfig;

/** The one route that takes bodies beyond the API's 256K: a report's document, up to its own limit. */
@ApplicationScoped
public class DocumentRoute implements LargeBodyRoute {

    private static final Pattern PATH = Pattern.compile("^/api/v1/reports/[^/]+/document/?$");

    private final long maxBytes;

    public DocumentRoute(ReportsConfig config) {
        this.maxBytes = config.documentMaxSize().asLongValue();
    }

    @Override
    public String method() {
        return "PUT";
    }

    @Override
    public Pattern path() {
        return PATH;
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }
}
