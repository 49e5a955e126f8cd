package org.kizuna.cli;

import picocli.CommandLine.Command;

/** The top-level command: customer-success metrics from your own data. */
@Command(
        name = "kizuna",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Customer-success metrics (NPS, churn, MRR and more) from your own data, formulas shown.",
            "顧客データからカスタマーサクセス指標を計算します。"
        },
        subcommands = {
            InitCommand.class,
            ImportCommand.class,
            GenerateCommand.class,
            MetricsCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            CatalogueCommand.class,
            CohortsCommand.class,
            ExplainCommand.class,
            SurveyCommand.class,
            CustomersCommand.class,
            CustomerCommand.class
        })
public final class KizunaCommand {}
