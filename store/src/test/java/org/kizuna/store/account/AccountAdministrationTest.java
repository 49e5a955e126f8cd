package org.kizuna.store.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kizuna.domain.WorkspaceSettings;
import org.kizuna.store.Workspace;
import org.kizuna.store.account.AccountStore.Change;

/** Roles changed, accounts disabled and deleted, and the rule that a workspace always keeps an enabled admin. */
class AccountAdministrationTest {

    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    @TempDir
    Path dir;

    private AccountStore accounts;

    @BeforeEach
    void newWorkspace() {
        Workspace workspace =
                Workspace.init(dir.resolve("ws"), WorkspaceSettings.defaults(Locale.JAPAN, ZoneId.of("Asia/Tokyo")));
        accounts = new AccountStore(workspace);
        accounts.add(new Account("aiko", "hash-a", Role.ADMIN, NOW));
        accounts.add(new Account("ken", "hash-k", Role.VIEWER, NOW));
    }

    @Test
    void theOnlyAdminCannotBeDemotedDisabledOrDeleted() {
        assertThat(accounts.setRole("aiko", Role.ANALYST)).isEqualTo(Change.LAST_ADMIN);
        assertThat(accounts.disable("aiko", NOW)).isEqualTo(Change.LAST_ADMIN);
        assertThat(accounts.delete("aiko")).isEqualTo(Change.LAST_ADMIN);
        assertThat(accounts.find("aiko")).map(Account::role).contains(Role.ADMIN);
        assertThat(accounts.enabled("aiko")).isTrue();
        // Keeping the role is no loss.
        assertThat(accounts.setRole("aiko", Role.ADMIN)).isEqualTo(Change.DONE);
    }

    @Test
    void aDisabledAdminDoesNotCountAsTheAdminThatRemains() {
        accounts.setRole("ken", Role.ADMIN);
        assertThat(accounts.disable("ken", NOW)).isEqualTo(Change.DONE);
        assertThat(accounts.disabled()).containsExactly("ken");

        assertThat(accounts.delete("aiko")).isEqualTo(Change.LAST_ADMIN);

        assertThat(accounts.enable("ken")).isEqualTo(Change.DONE);
        assertThat(accounts.delete("aiko")).isEqualTo(Change.DONE);
        assertThat(accounts.list()).extracting(Account::username).containsExactly("ken");
    }

    @Test
    void aDisabledAccountsTokensNoLongerAnswerAndDeletingRemovesThem() {
        accounts.addToken(new ApiToken("t1", "token-hash", "ken", NOW, null));
        assertThat(accounts.findByTokenHash("token-hash")).isPresent();

        accounts.disable("ken", NOW);
        assertThat(accounts.enabled("ken")).isFalse();
        assertThat(accounts.findByTokenHash("token-hash")).isEmpty();

        assertThat(accounts.delete("ken")).isEqualTo(Change.DONE);
        assertThat(accounts.tokens()).isEmpty();
        assertThat(accounts.find("ken")).isEmpty();
    }

    @Test
    void changesToAnAccountThatDoesNotExistSaySo() {
        assertThat(accounts.setRole("nobody", Role.VIEWER)).isEqualTo(Change.NO_SUCH_ACCOUNT);
        assertThat(accounts.disable("nobody", NOW)).isEqualTo(Change.NO_SUCH_ACCOUNT);
        assertThat(accounts.enable("nobody")).isEqualTo(Change.NO_SUCH_ACCOUNT);
        assertThat(accounts.delete("nobody")).isEqualTo(Change.NO_SUCH_ACCOUNT);
    }
}
