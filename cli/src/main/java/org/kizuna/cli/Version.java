package org.kizuna.cli;

import picocli.CommandLine.IVersionProvider;

/** The version as the build recorded it in the jar. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"kizuna " + (version == null ? "(development build)" : version)};
    }
}
