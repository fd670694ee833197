package com.bank.complaints.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The source a throttle counts a request against: the client's address as Tomcat reports it (the
 * trusted proxy's X-Forwarded-For already applied, server.tomcat.remoteip). An IPv6 client counts by
 * its /64 network, which one subscriber usually holds whole: counting single addresses would give
 * it 2^64 fresh sources.
 */
public final class ClientAddress {

    /**
     * Only what looks like an IPv6 literal is parsed: InetAddress takes a text that starts with a hex
     * digit or a colon and has a colon for a literal, anything else it would look up in the DNS.
     */
    private static final Pattern IPV6_LITERAL = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");
    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null || !IPV6_LITERAL.matcher(address).matches()) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 4) {
                // an IPv4-mapped IPv6 address is the IPv4 client
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            Arrays.fill(bytes, IPV6_NETWORK_BYTES, bytes.length, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
