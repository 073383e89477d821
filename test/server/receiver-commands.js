// Server commands for the tests of the pledge chain, on the test runner's receiver (/rx):
//   executeServerCommand('lamtheo-receiver', { action: 'add-reviewer', unit: 'thanh-uy-ben-tre' }) → { id, token }
//   executeServerCommand('lamtheo-receiver', { action: 'revoke-reviewer', id }) → { revoked }
//   executeServerCommand('lamtheo-receiver', { action: 'reset' }) → { count: 0 }
// add-reviewer is what `npx lamtheo receiver add-reviewer` does: the token is made and hashed by
// the receiver; the test gets it once, as a committee would.

/** @param {Awaited<ReturnType<typeof import('../../demo/receiver.js').createReceiver>>} receiver */
export function receiverCommands(receiver) {
  return {
    name: 'lamtheo-receiver-commands',
    async executeCommand({ command, payload }) {
      if (command !== 'lamtheo-receiver') return undefined;
      const { action, unit, name, id } = payload ?? {};
      if (action === 'add-reviewer') return receiver.addReviewer(String(unit), name);
      if (action === 'revoke-reviewer') return { revoked: await receiver.revokeReviewer(Number(id)) };
      if (action === 'reset') {
        await receiver.reset();
        return { count: await receiver.count() };
      }
      throw new Error(`lamtheo-receiver: unknown action ${action}`);
    },
  };
}
