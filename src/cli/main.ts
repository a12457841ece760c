import { runCli } from './run';

// Set the exit code and let Node exit by itself: process.exit() would cut off stdout still flowing into a pipe.
void runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
}).then((code) => void (process.exitCode = code));
