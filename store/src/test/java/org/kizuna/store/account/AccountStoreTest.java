package org.kizuna.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;

class AccountStoreTest {

    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    @TempDir
    Path dir;

    private AccountStore accounts;

    @BeforeEach
    void newWorkspace() {
        Workspace workspace =
                Workspace.init(dir.resolve("ws"), WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")));
        accounts = new AccountStore(workspace);
    }

    @Test
    void aNewWorkspaceHasNoAccountsAndKeepsThoseAdded() {
        assertThat(accounts.isEmpty()).isTrue();
        accounts.add(new Account("yuki", "hash-1", Role.ADMIN, NOW));
        accounts.add(new Account("ken", "hash-2", Role.VIEWER, NOW));

        assertThat(accounts.isEmpty()).isFalse();
        assertThat(accounts.list()).extracting(Account::username).containsExactly("ken", "yuki");
        assertThat(accounts.find("yuki")).contains(new Account("yuki", "hash-1", Role.ADMIN, NOW));
        assertThat(accounts.find("nobody")).isEmpty();
        assertThatThrownBy(() -> accounts.add(new Account("yuki", "x", Role.VIEWER, NOW)))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void aPasswordHashCanBeReplaced() {
        accounts.add(new Account("yuki", "old", Role.ANALYST, NOW));
        assertThat(accounts.setPasswordHash("yuki", "new")).isTrue();
        assertThat(accounts.setPasswordHash("nobody", "new")).isFalse();
        assertThat(accounts.find("yuki").orElseThrow().passwordHash()).isEqualTo("new");
    }

    @Test
    void aTokenFindsItsAccountUntilItIsRevoked() {
        accounts.add(new Account("yuki", "hash", Role.ANALYST, NOW));
        accounts.addToken(new ApiTokenFixture().token("t1", "secret-hash", "yuki"));

        assertThat(accounts.findByTokenHash("secret-hash"))
                .map(Account::username)
                .contains("yuki");
        assertThat(accounts.findByTokenHash("other")).isEmpty();

        assertThat(accounts.revokeToken("t1", NOW.plusSeconds(60))).isTrue();
        assertThat(accounts.revokeToken("t1", NOW.plusSeconds(120))).isFalse();
        assertThat(accounts.findByTokenHash("secret-hash")).isEmpty();
        assertThat(accounts.tokens()).singleElement().satisfies(token -> {
            assertThat(token.revoked()).isTrue();
            assertThat(token.revokedAt()).isEqualTo(NOW.plusSeconds(60));
        });
    }

    @Test
    void aTokenNeedsAnAccountAndNamesAreChecked() {
        assertThatThrownBy(() -> accounts.addToken(new ApiTokenFixture().token("t1", "h", "nobody")))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("no account");
        assertThatThrownBy(() -> new Account("bad name", "h", Role.ADMIN, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Role.of("Viewer")).isEqualTo(Role.VIEWER);
        assertThatThrownBy(() -> Role.of("owner")).hasMessageContaining("admin, analyst or viewer");
    }

    private static final class ApiTokenFixture {
        ApiToken token(String id, String hash, String username) {
            return new ApiToken(id, hash, username, NOW, null);
        }
    }
}
