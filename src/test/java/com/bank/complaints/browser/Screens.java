package com.bank.complaints.browser;

import java.nio.file.Path;

/**
 * Where the browser tests put the pictures the README shows: docs/screens when run with
 * {@code -Ddocs.screens=update}, otherwise target/screens. A picture shows the run's references and times, so
 * writing docs/screens at every run changed the pictures without a change of the screens.
 */
final class Screens {

    private static final Path FOLDER = "update".equals(System.getProperty("docs.screens"))
            ? Path.of("docs", "screens") : Path.of("target", "screens");

    private Screens() {
    }

    /** The picture's path, e.g. {@code named("login.png")}. */
    static Path named(String picture) {
        return FOLDER.resolve(picture);
    }
}
