package id.wadul.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseVersionTest {

    @Test
    void mariaDb106AndNewerAreSupported() {
        assertThat(Database.isSupportedServer("11.4.5-MariaDB")).isTrue();
        assertThat(Database.isSupportedServer("10.6.21-MariaDB-ubu2004")).isTrue();
        assertThat(Database.isSupportedServer("10.11.6-MariaDB-0+deb12u1")).isTrue();
    }

    @Test
    void olderMariaDbAndOtherServersAreNot() {
        assertThat(Database.isSupportedServer("10.5.23-MariaDB")).isFalse();
        assertThat(Database.isSupportedServer("10.3.39-MariaDB-0+deb10u1")).isFalse();
        assertThat(Database.isSupportedServer("8.0.36")).isFalse();
        assertThat(Database.isSupportedServer("")).isFalse();
        assertThat(Database.isSupportedServer(null)).isFalse();
    }
}
