package com.bank.complaints.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;

import com.bank.complaints.DeskTest;
import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: Jakarta Mail finds its stream provider by the name the desk gives it, not by a class-path scan for
 * every MIME part, and it is the provider the scan would have found.
 */
@DeskTest
class MailStreamProviderTest {

    @Test
    @DisplayName("the mail stream provider is named once, and it is the one the class path offers")
    void streamProviderIsNamedOnce() {
        StreamProvider offered = ServiceLoader.load(StreamProvider.class).findFirst().orElseThrow();

        assertThat(System.getProperty(StreamProvider.class.getName())).isEqualTo(offered.getClass().getName());
        assertThat(StreamProvider.provider()).isInstanceOf(offered.getClass());
    }
}
