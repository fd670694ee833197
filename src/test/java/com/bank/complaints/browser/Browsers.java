package com.bank.complaints.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers of a browser test, looked after in one place: each test is skipped (with the reason) where Chromium
 * is missing, a failing test leaves the screen and the page of its last browser in target/screenshots, and every
 * browser a test opened is closed after it. Register it with {@code @RegisterExtension} and open browsers through it.
 */
final class Browsers implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private final List<Browser> opened = new ArrayList<>();

    Browser open(String journey) {
        return track(Browser.open(journey));
    }

    Browser open(String journey, String language) {
        return track(Browser.open(journey, language));
    }

    Browser open(String journey, int width, int height) {
        return track(Browser.open(journey, width, height));
    }

    private Browser track(Browser browser) {
        opened.add(browser);
        return browser;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser.assumeInstalled();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && !opened.isEmpty()) {
            opened.get(opened.size() - 1).saveFailure(context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(Browser::close);
        opened.clear();
    }
}
