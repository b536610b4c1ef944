package id.wadul.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class CidrTest {

    private static boolean matches(String cidr, String address) throws Exception {
        return Cidr.parse(cidr).matches(InetAddress.getByName(address));
    }

    @Test
    void ipv4Networks() throws Exception {
        assertThat(matches("10.0.0.0/8", "10.200.3.4")).isTrue();
        assertThat(matches("10.0.0.0/8", "11.0.0.1")).isFalse();
        assertThat(matches("192.168.1.0/25", "192.168.1.127")).isTrue();
        assertThat(matches("192.168.1.0/25", "192.168.1.128")).isFalse();
        assertThat(matches("0.0.0.0/0", "8.8.8.8")).isTrue();
        assertThat(matches("127.0.0.1", "127.0.0.1")).isTrue();
        assertThat(matches("127.0.0.1", "127.0.0.2")).isFalse();
    }

    @Test
    void ipv6NetworksAndMappedIpv4() throws Exception {
        assertThat(matches("2001:db8::/32", "2001:db8:1::5")).isTrue();
        assertThat(matches("2001:db8::/32", "2001:db9::5")).isFalse();
        assertThat(matches("::1/128", "::1")).isTrue();
        assertThat(matches("10.0.0.0/8", "::1")).isFalse();
        assertThat(matches("2001:db8::/32", "10.0.0.1")).isFalse();
        assertThat(Cidr.parse("10.0.0.0/8").matches(InetAddress.getByAddress(
                new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 1, 2, 3}))).isTrue();
    }

    @Test
    void rejectsHostNamesAndBadPrefixes() {
        assertThatThrownBy(() -> Cidr.parse("example.com/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("::/129")).isInstanceOf(IllegalArgumentException.class);
    }
}
