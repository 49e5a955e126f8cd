package org.kizuna.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.kizuna.generator.CustomerProfile.AcquisitionChannel;
import org.kizuna.generator.ReferrerSearch.Referral;

/**
 * Writes a demo company, Mirai Works K.K., the Japanese vendor of the Mirai Flow service, as a folder with one CSV
 * file per table of the input data contract. Customers are generated one at a time from the seed and streamed to
 * the files, so memory stays constant however many customers are asked for; the same options always give
 * byte-identical files.
 */
public final class DemoCompanyGenerator {

    private static final int PROGRESS_EVERY = 1_000;

    public GenerationSummary generate(GeneratorOptions options, Path outDir) throws IOException {
        return generate(options, outDir, customersDone -> {});
    }

    /**
     * @param progress told how many customers are done, every thousand customers and once at the end
     * @return rows written per table, in contract order
     */
    public GenerationSummary generate(GeneratorOptions options, Path outDir, LongConsumer progress) throws IOException {
        long seed = options.seed();
        CompanyCalendar calendar = new CompanyCalendar(options.historyStart(), options.until());
        SignupSchedule signups = new SignupSchedule(calendar, options.customers(), seed);
        CustomerProfiles profiles = new CustomerProfiles(seed, signups, calendar, options.customers());
        LifeSimulation lives = new LifeSimulation(seed, calendar);
        ReferrerSearch referrers = new ReferrerSearch(seed, signups, profiles, lives, calendar);
        // exchange rates start on the first of the history's first month, which may precede the history
        TimeText time =
                new TimeText((int) options.historyStart().withDayOfMonth(1).toEpochDay(), calendar.lastDay());
        CompanyTotals totals = new CompanyTotals(calendar);
        try (TableFiles files = new TableFiles(outDir)) {
            CompanyRecords company = new CompanyRecords(files, time, calendar, seed);
            CustomerRecords customers = new CustomerRecords(files, time, calendar, seed);
            company.writeSurveys();
            company.writeExchangeRates(totals);
            for (int index = 0; index < options.customers(); index++) {
                CustomerProfile profile = profiles.create(index);
                Referral acquiredBy = profile.acquisitionChannel() == AcquisitionChannel.REFERRAL
                        ? referrers.find(profile).orElse(null)
                        : null;
                CustomerLife life = lives.simulate(profile);
                AcquisitionChannel channel = customers.write(life, acquiredBy);
                totals.add(life, channel);
                if ((index + 1) % PROGRESS_EVERY == 0) {
                    progress.accept(index + 1L);
                }
            }
            company.writeCosts(totals);
            company.writePublicMentions(totals);
            if (options.customers() % PROGRESS_EVERY != 0) {
                progress.accept(options.customers());
            }
            return files.summary();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
