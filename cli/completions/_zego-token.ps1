
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'zego-token' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'zego-token'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'zego-token' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Mint a token for a user')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show what a token holds; with the ServerSecret, its claims too')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a token and explain every reason it would be rejected')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Name an app''s AppID and ServerSecret once: add, list, remove profiles')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve tokens over HTTP for apps in development, with a Token Assistant page')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a server API request (print its public parameters or URL), or check one')
            [CompletionResult]::new('callback', 'callback', [CompletionResultType]::ParameterValue, 'Sign or verify the callbacks ZEGO posts to an app server')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a ZEGO SDK error code about tokens, or a server API code about signatures')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('cdn', 'cdn', [CompletionResultType]::ParameterValue, 'Sign or check CDN URL authentication (Tencent, Wangsu, Huawei)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'zego-token;generate' {
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'The AppID from the ZEGOCLOUD console (or from the profile)')
            [CompletionResult]::new('--user-id', '--user-id', [CompletionResultType]::ParameterName, 'The user the token is for (1 to 64 bytes)')
            [CompletionResult]::new('--user-ids-from', '--user-ids-from', [CompletionResultType]::ParameterName, 'Mint one token per user id read from a file (`-`: stdin), one id per line, blank lines skipped; prints one token (or JSON object) per line')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin')
            [CompletionResult]::new('--effective-time', '--effective-time', [CompletionResultType]::ParameterName, 'How long the token lives: seconds (3600) or with units (90s, 30m, 2h, 1h30m, 7d) [default: the profile''s, else 1h]')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the token lives: seconds (3600) or with units (90s, 30m, 2h, 1h30m, 7d) [default: the profile''s, else 1h]')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'A raw payload string, put in the token as it is')
            [CompletionResult]::new('--room-id', '--room-id', [CompletionResultType]::ParameterName, 'Make a privilege token for this room (login and publish allowed unless denied)')
            [CompletionResult]::new('--stream-id', '--stream-id', [CompletionResultType]::ParameterName, 'A stream the user may publish (repeatable); without it, any stream')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'The cipher mode: gcm (current) or cbc (legacy, unauthenticated) [default: the profile''s, else gcm]')
            [CompletionResult]::new('--token-version', '--token-version', [CompletionResultType]::ParameterName, 'The token format: 04 (current) or 03 (older: always CBC, needs --room-id, no payload or stream ids)')
            [CompletionResult]::new('--user-name', '--user-name', [CompletionResultType]::ParameterName, 'With --kit: the name the UIKit shows [default: the user id]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The creation time instead of the clock: unix seconds or RFC 3339')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print each token as TEMPLATE and a newline instead: placeholders are the fields of --json ({token}, {mode}, {app_id}, {user_id}, {nonce}, {ctime}, {expire}, {payload}, {version}); \n and \t are escapes, {{ and }} braces')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--no-login', '--no-login', [CompletionResultType]::ParameterName, 'Deny logging in to the room')
            [CompletionResult]::new('--no-publish', '--no-publish', [CompletionResultType]::ParameterName, 'Deny publishing streams')
            [CompletionResult]::new('--kit', '--kit', [CompletionResultType]::ParameterName, 'Print a UIKit kit token (TOKEN#SUFFIX) for the web UIKit: the suffix names --user-id, --room-id (optional) and --user-name. The token inside carries privileges only when --no-login, --no-publish or --stream-id ask for them')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object instead of the bare token')
            [CompletionResult]::new('--qr', '--qr', [CompletionResultType]::ParameterName, 'Also draw the token as a QR code, for a phone''s camera, on stderr: stdout still holds only the token. Refused (exit 2) if the code would not fit the terminal')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;decode' {
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'With --batch: read the tokens from FILE instead of stdin')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin')
            [CompletionResult]::new('--app-sign', '--app-sign', [CompletionResultType]::ParameterName, 'The AppSign (64 hex characters), only to name a token a faulty generator encrypted with it; never printed (prefer --app-sign-file or ZEGO_APP_SIGN)')
            [CompletionResult]::new('--app-sign-file', '--app-sign-file', [CompletionResultType]::ParameterName, 'Read the AppSign from a file (`-`: stdin)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate times as if it were then: unix seconds or RFC 3339')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Read many tokens, one per line, and print one result per line')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the decrypted claims exactly as the generator wrote them (needs the ServerSecret)')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;verify' {
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'With --batch: read the tokens from FILE instead of stdin')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin')
            [CompletionResult]::new('--app-sign', '--app-sign', [CompletionResultType]::ParameterName, 'The AppSign (64 hex characters), only to name a token a faulty generator encrypted with it; never printed (prefer --app-sign-file or ZEGO_APP_SIGN)')
            [CompletionResult]::new('--app-sign-file', '--app-sign-file', [CompletionResultType]::ParameterName, 'Read the AppSign from a file (`-`: stdin)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate times as if it were then: unix seconds or RFC 3339')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'The AppID the token must be for (else the profile''s, if any)')
            [CompletionResult]::new('--user-id', '--user-id', [CompletionResultType]::ParameterName, 'The user the token must be for')
            [CompletionResult]::new('--room-id', '--room-id', [CompletionResultType]::ParameterName, 'The room its privilege payload must name')
            [CompletionResult]::new('--require', '--require', [CompletionResultType]::ParameterName, 'A privilege the payload must allow (repeatable)')
            [CompletionResult]::new('--leeway', '--leeway', [CompletionResultType]::ParameterName, 'Clock difference to forgive at both ends of the lifetime')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Read many tokens, one per line, and print one result per line')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing; only set the exit code')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing; only set the exit code')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;profile' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile: an AppID, where its ServerSecret is, and defaults')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles and where their secrets come from (never the secrets)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the profiles and where their secrets come from (never the secrets)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile (its secret file stays)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a profile (its secret file stays)')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Choose the profile used when none is named; without NAME, print it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'zego-token;profile;add' {
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'The AppID from the ZEGOCLOUD console')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'The file holding the ServerSecret: its path is saved, not the secret (preferred). Without it, the secret is read from stdin or asked for, and saved in the config file')
            [CompletionResult]::new('--callback-secret-file', '--callback-secret-file', [CompletionResultType]::ParameterName, 'The file holding the CallbackSecret, for `zego-token callback`: its path is saved, not the secret')
            [CompletionResult]::new('--effective-time', '--effective-time', [CompletionResultType]::ParameterName, 'The default lifetime of tokens made with this profile')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'The default lifetime of tokens made with this profile')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'The default cipher mode of tokens made with this profile')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--no-secret', '--no-secret', [CompletionResultType]::ParameterName, 'Save no secret: it will come from --secret, --secret-file or ZEGO_SERVER_SECRET')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make it the default profile (the first profile always is)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the profile of that name, if there is one')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;profile;list' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;profile;ls' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;profile;remove' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;profile;rm' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;profile;default' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'Have no default profile')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;profile;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile: an AppID, where its ServerSecret is, and defaults')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles and where their secrets come from (never the secrets)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile (its secret file stays)')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Choose the profile used when none is named; without NAME, print it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'zego-token;profile;help;add' {
            break
        }
        'zego-token;profile;help;list' {
            break
        }
        'zego-token;profile;help;remove' {
            break
        }
        'zego-token;profile;help;default' {
            break
        }
        'zego-token;profile;help;help' {
            break
        }
        'zego-token;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The address and port to listen on (a bare PORT or localhost:PORT is on 127.0.0.1). Any address but loopback needs an access key (one is generated when --access-key is not given)')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'The AppID of tokens whose request names none (else the profile''s)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin')
            [CompletionResult]::new('--effective-time', '--effective-time', [CompletionResultType]::ParameterName, 'The lifetime of tokens whose request names none: seconds or with a unit (90s, 30m, 2h, 7d) [default: the profile''s, else 1h]')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'The lifetime of tokens whose request names none: seconds or with a unit (90s, 30m, 2h, 7d) [default: the profile''s, else 1h]')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'The cipher mode of tokens whose request names none [default: the profile''s, else gcm]')
            [CompletionResult]::new('--access-key', '--access-key', [CompletionResultType]::ParameterName, 'Require `Authorization: Bearer KEY` on /token and /api/* (at least 16 characters)')
            [CompletionResult]::new('--cors-origin', '--cors-origin', [CompletionResultType]::ParameterName, 'A web origin allowed to call the API from a browser, e.g. http://localhost:5173 (repeatable); no CORS headers without one')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--qr', '--qr', [CompletionResultType]::ParameterName, 'Print a QR code of the page''s network URL (with a generated key) on stderr, for a phone on the same network; bound to loopback, say how to serve the network instead')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the page in the default browser once the server listens (a failure to is a warning)')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;sign' {
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'The AppID from the ZEGOCLOUD console (or from the profile); with --check, the AppId the request must have')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The 32-character ServerSecret (visible to other users in `ps`: prefer --secret-file or ZEGO_SERVER_SECRET on shared machines)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the ServerSecret from a file (a trailing newline is ignored); `-` reads it from stdin')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The SignatureNonce [default: 8 random bytes as 16 hex characters]')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The Timestamp instead of the clock (with --check: the time to check against): unix seconds or RFC 3339')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Print the whole request URL for this API, e.g. DescribeUserNum')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The product whose API is called, named as its host is: rtc, zim, cloudrecord, whiteboard, docs, cloud-player, analytics, mini-game, auth, aieffectscgi, and on zegotech.cn aigc-aiagent (ai-agent), aigc-digitalhuman (digital-human), cloud-realtime-asr (asr)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'A host ZEGO gave out privately instead of a product''s, e.g. aigc-digitalhuman-api-sgp.zegotech.cn')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'A regional endpoint instead of the unified one (resolved to the nearest)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'A business parameter of the request (repeatable; repeated keys are kept, as array parameters need: RoomId[]=a RoomId[]=b)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Check a signed request URL (or its query string; `-` reads it from stdin) instead of signing one')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'With --check: print nothing; only set the exit code')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'With --check: print nothing; only set the exit code')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;callback' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a timestamp and nonce, or make a whole signed sample body')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the signature of a callback body (JSON, form- or URL-encoded)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'zego-token;callback;sign' {
            [CompletionResult]::new('--callback-secret', '--callback-secret', [CompletionResultType]::ParameterName, 'The CallbackSecret (visible to other users in `ps`: prefer --callback-secret-file or ZEGO_CALLBACK_SECRET on shared machines)')
            [CompletionResult]::new('--callback-secret-file', '--callback-secret-file', [CompletionResultType]::ParameterName, 'Read the CallbackSecret from a file (a trailing newline is ignored); `-` reads it from stdin')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'The nonce, as it will be sent [with --event: a fresh random one]')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'The timestamp: digits are signed exactly as written (seconds, or milliseconds as the AI products send); RFC 3339 is converted [with --event: now]. --now is the same option')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Print a whole signed sample body for this event, e.g. room_login')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'A field of the sample body (repeatable): KEY=VALUE for a string, KEY:=JSON for a number, boolean, array or object')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'The body''s appid (else ZEGO_APP_ID or the profile''s; left out when there is none)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--capitalized', '--capitalized', [CompletionResultType]::ParameterName, 'The AI products'' convention: Signature, Timestamp, Nonce, AppId, Event, and a timestamp made from the clock or RFC 3339 in milliseconds')
            [CompletionResult]::new('--url-encoded', '--url-encoded', [CompletionResultType]::ParameterName, 'Print the sample body URL-encoded, as the AI products may post it')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;callback;verify' {
            [CompletionResult]::new('--callback-secret', '--callback-secret', [CompletionResultType]::ParameterName, 'The CallbackSecret (visible to other users in `ps`: prefer --callback-secret-file or ZEGO_CALLBACK_SECRET on shared machines)')
            [CompletionResult]::new('--callback-secret-file', '--callback-secret-file', [CompletionResultType]::ParameterName, 'Read the CallbackSecret from a file (a trailing newline is ignored); `-` reads it from stdin')
            [CompletionResult]::new('--max-age', '--max-age', [CompletionResultType]::ParameterName, 'Reject callbacks whose timestamp is older than this (or this far in the future): 300, 5m, 1h. Millisecond timestamps are aged as such')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Check the age as if it were then: unix seconds or RFC 3339')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing; only set the exit code')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing; only set the exit code')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;callback;help' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a timestamp and nonce, or make a whole signed sample body')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the signature of a callback body (JSON, form- or URL-encoded)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'zego-token;callback;help;sign' {
            break
        }
        'zego-token;callback;help;verify' {
            break
        }
        'zego-token;callback;help;help' {
            break
        }
        'zego-token;explain' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List every code known, sorted by code')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON: one object per code (`code`, `source`, `meaning`, `causes`, `check`, `fix`), an array with --list')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;completions' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;man' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;cdn' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a stream (publish, play) or a file (recording, screenshot) for a CDN')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a signed CDN URL and say why the CDN would refuse it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'zego-token;cdn;sign' {
            [CompletionResult]::new('--cdn', '--cdn', [CompletionResultType]::ParameterName, 'The CDN the stream is relayed to')
            [CompletionResult]::new('--use', '--use', [CompletionResultType]::ParameterName, 'What the URL is for')
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'The stream ID (123, not /live/123); for recordings and screenshots the file''s path on the CDN (/dir/123.mp4)')
            [CompletionResult]::new('--expire-at', '--expire-at', [CompletionResultType]::ParameterName, 'When the URL expires: unix seconds or RFC 3339')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long from now the URL stays valid: 3600, 30m, 2h, 7d')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Print the whole URL on this base (rtmp://push-tencent1.zego.im/live; for files scheme://host); without BASE, ZEGO''s publish or play host of the CDN')
            [CompletionResult]::new('--extension', '--extension', [CompletionResultType]::ParameterName, 'With --url: the stream''s format for HTTP play, e.g. flv or m3u8')
            [CompletionResult]::new('--trial-seconds', '--trial-seconds', [CompletionResultType]::ParameterName, 'Tencent recordings: seconds a viewer may watch as a trial (exper)')
            [CompletionResult]::new('--max-ips', '--max-ips', [CompletionResultType]::ParameterName, 'Tencent recordings: how many IP addresses may fetch it, 1 to 9 (rlimit)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tencent recordings: a random tag that makes each URL unique (us)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The CDN''s authentication key from the console (ZEGO CDN); visible to other users in `ps`: prefer --key-file or ZEGO_CDN_KEY on shared machines')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the CDN key from a file (a trailing newline is ignored); `-` reads it from stdin')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object keyed by the parameters'' names')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;cdn;check' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The CDN''s authentication key from the console (ZEGO CDN); visible to other users in `ps`: prefer --key-file or ZEGO_CDN_KEY on shared machines')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Read the CDN key from a file (a trailing newline is ignored); `-` reads it from stdin')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Check as if it were then: unix seconds or RFC 3339')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Take the AppID, the secrets (the ServerSecret; for `callback`, the CallbackSecret) and defaults from this profile (else ZEGO_PROFILE, else the config''s default); flags and the environment still win')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON object')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing; only set the exit code')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing; only set the exit code')
            [CompletionResult]::new('--no-profile', '--no-profile', [CompletionResultType]::ParameterName, 'Use no profile, not even the default one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'zego-token;cdn;help' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a stream (publish, play) or a file (recording, screenshot) for a CDN')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a signed CDN URL and say why the CDN would refuse it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'zego-token;cdn;help;sign' {
            break
        }
        'zego-token;cdn;help;check' {
            break
        }
        'zego-token;cdn;help;help' {
            break
        }
        'zego-token;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Mint a token for a user')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show what a token holds; with the ServerSecret, its claims too')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a token and explain every reason it would be rejected')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Name an app''s AppID and ServerSecret once: add, list, remove profiles')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve tokens over HTTP for apps in development, with a Token Assistant page')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a server API request (print its public parameters or URL), or check one')
            [CompletionResult]::new('callback', 'callback', [CompletionResultType]::ParameterValue, 'Sign or verify the callbacks ZEGO posts to an app server')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a ZEGO SDK error code about tokens, or a server API code about signatures')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('cdn', 'cdn', [CompletionResultType]::ParameterValue, 'Sign or check CDN URL authentication (Tencent, Wangsu, Huawei)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'zego-token;help;generate' {
            break
        }
        'zego-token;help;decode' {
            break
        }
        'zego-token;help;verify' {
            break
        }
        'zego-token;help;profile' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Save a profile: an AppID, where its ServerSecret is, and defaults')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles and where their secrets come from (never the secrets)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile (its secret file stays)')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Choose the profile used when none is named; without NAME, print it')
            break
        }
        'zego-token;help;profile;add' {
            break
        }
        'zego-token;help;profile;list' {
            break
        }
        'zego-token;help;profile;remove' {
            break
        }
        'zego-token;help;profile;default' {
            break
        }
        'zego-token;help;serve' {
            break
        }
        'zego-token;help;sign' {
            break
        }
        'zego-token;help;callback' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a timestamp and nonce, or make a whole signed sample body')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the signature of a callback body (JSON, form- or URL-encoded)')
            break
        }
        'zego-token;help;callback;sign' {
            break
        }
        'zego-token;help;callback;verify' {
            break
        }
        'zego-token;help;explain' {
            break
        }
        'zego-token;help;completions' {
            break
        }
        'zego-token;help;man' {
            break
        }
        'zego-token;help;cdn' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a stream (publish, play) or a file (recording, screenshot) for a CDN')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a signed CDN URL and say why the CDN would refuse it')
            break
        }
        'zego-token;help;cdn;sign' {
            break
        }
        'zego-token;help;cdn;check' {
            break
        }
        'zego-token;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
