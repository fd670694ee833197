package com.bank.complaints.system;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's stack trace ({@code %wEx}) with the same masking as {@link MaskingConverter}: an
 * exception's message often quotes the input it failed on (a mail server refusing an address).
 */
public class MaskingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return MaskingConverter.mask(super.throwableProxyToString(tp));
    }
}
