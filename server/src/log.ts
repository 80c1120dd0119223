// One line per event on stderr/stdout, with the server's time: what an operator reads in journald.
export interface Logger {
  info(message: string): void;
  error(message: string): void;
}

export function consoleLogger(quiet = false): Logger {
  return {
    info: (message) => {
      if (!quiet) console.log(`${new Date().toISOString()} ${message}`);
    },
    error: (message) => console.error(`${new Date().toISOString()} ${message}`),
  };
}
